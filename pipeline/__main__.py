import sys

from pipeline.cli import main

# The guard matters: worker processes started with "spawn" (Dask's local cluster) import
# this module again and must not start another run.
if __name__ == "__main__":
    sys.exit(main())
