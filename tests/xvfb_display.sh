# Sourced by the phone tests that need a real X display (test_phone_browser.sh,
# test_phones_training.sh): start_xvfb LOGFILE starts Xvfb on a display number
# nobody uses, sets $disp, and stops it when the test exits.
start_xvfb() {
    local n
    for n in $(seq 140 299); do
        [ -e /tmp/.X$n-lock ] || { disp=:$n; break; }
    done
    Xvfb "$disp" -screen 0 1024x600x24 -nolisten tcp >"$1" 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null; wait $xvfb_pid 2>/dev/null || true' EXIT
    for _ in $(seq 50); do
        DISPLAY=$disp xdotool getmouselocation >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "FAILED: Xvfb did not start on $disp" >&2
    return 1
}
