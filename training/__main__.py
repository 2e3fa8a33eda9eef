from training.cli import main
from training.run import end_process

end_process(main())
