"""The application: the briefbook command, a run from params to report folder, notebook execution
and report outputs."""
