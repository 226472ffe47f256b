#!/usr/bin/env bash
# Starts the production jar N times and prints, for each start and as a median, the seconds from launch until
# the sign-in page answers 200. Extra arguments go to java before -jar (for example a CDS or AOT cache).
# Usage: tools/startup-benchmark.sh [N] [java options...]
# Environment: JAR (default portal/target/accord-portal-0.1.0-SNAPSHOT.jar), PORT (default 18080),
# JAVA (default $JAVA_HOME/bin/java), and the portal's own settings (SPRING_DATASOURCE_URL...).
set -euo pipefail
runs=${1:-5}
shift || true
jar=${JAR:-portal/target/accord-portal-0.1.0-SNAPSHOT.jar}
port=${PORT:-18080}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
[ -f "$jar" ] || { echo "No $jar: build it with ./mvnw -Pproduction -pl portal -am package -DskipTests" >&2; exit 1; }

times=()
for run in $(seq 1 "$runs"); do
    log=$(mktemp)
    start=$(date +%s.%N)
    "$java" "$@" -jar "$jar" --server.port="$port" --management.server.port=0 > "$log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
        if ! kill -0 "$pid" 2> /dev/null; then echo "The portal stopped; its log: $log" >&2; exit 1; fi
        sleep 0.1
    done
    end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc)
    started=$(grep -o 'Started AccordApplication in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' || echo '?')
    printf 'run %d: sign-in page after %.2f s (Spring says started in %s s)\n' "$run" "$seconds" "$started"
    times+=("$seconds")
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    rm -f "$log"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf 'median of %d starts: %.2f s\n' "$runs" "$median"
