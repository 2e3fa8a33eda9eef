from training.cli import main
from training.run import run_main

run_main(main)
