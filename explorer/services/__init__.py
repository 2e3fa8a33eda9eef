"""Work on arrays and models for the app, off the GUI thread: never touches a widget."""
