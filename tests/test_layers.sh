# The layers only look down and no files call each other in a cycle
# (tests/layers.py over the object files with nm); the core's Check suites
# do not link SDL.
set -u
build=$3
python3 "$2/tests/layers.py" "$build"
