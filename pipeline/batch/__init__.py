"""Running the stages over a corpus: the Pipeline, the runner, backends, worker pool, progress."""
