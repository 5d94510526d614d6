# Sourced by test.sh and check.sh: `step NAME` starts a named step, and every step's wall time is
# printed when the script ends (after `trap print_times EXIT`), also when a step fails, so a slow
# step is seen where it starts.
step_names=()
step_seconds=()
current_step=""
current_start=0
finish_step() {
  if [ -n "$current_step" ]; then
    step_names+=("$current_step")
    step_seconds+=($((SECONDS - current_start)))
    current_step=""
  fi
}
step() {
  finish_step
  current_step=$1
  current_start=$SECONDS
  printf '\n==> %s\n' "$*"
}
print_times() {
  local status=$?
  finish_step
  printf '\n==> step times%s\n' "$([ "$status" = 0 ] || echo ' (the last step failed)')"
  local i
  for i in "${!step_names[@]}"; do
    printf '  %5d s  %s\n' "${step_seconds[$i]}" "${step_names[$i]}"
  done
  printf '  %5d s  in all\n' "$SECONDS"
}
