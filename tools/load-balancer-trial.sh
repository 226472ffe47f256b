#!/usr/bin/env bash
# Tries docs/samples/haproxy.cfg with two portal nodes on one database (operations.md "Load balancer"): starts
# node 1 (ports 8181, management 8191), then node 2 (8182, 8192), in demo mode, then HAProxy with the sample on
# :8080, signs two clients in with curl and prints PASS or FAIL per check: sticky sessions, forwarded headers,
# draining a node, stopping a node. Stops everything it started on exit. Not part of the build or the tests.
# Usage: tools/load-balancer-trial.sh [JAR] [JDBC_URL]
#   JAR default portal/target/accord-portal-0.1.0-SNAPSHOT.jar; JDBC_URL default
#   jdbc:mysql://127.0.0.1:3306/accord_lb, an existing utf8mb4 database used for nothing else: demo mode writes the
#   demo people and portfolio to it (operations.md "Database").
# Environment: SPRING_DATASOURCE_USERNAME (default root), SPRING_DATASOURCE_PASSWORD (default empty),
#   ACCORD_DATABASE_PRODUCT (default mariadb), ACCORD_DATABASE_VERSION (default 10.11),
#   JAVA (default $JAVA_HOME/bin/java, Java 21 or newer), HAPROXY (default haproxy), KEEP=1 to keep the logs.
# Needs curl; the client-address check needs the mysql client, the TLS check openssl.
set -uo pipefail

jar=${1:-portal/target/accord-portal-0.1.0-SNAPSHOT.jar}
url=${2:-jdbc:mysql://127.0.0.1:3306/accord_lb}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
haproxy=${HAPROXY:-haproxy}
sample=$(cd "$(dirname "$0")/.." && pwd)/docs/samples/haproxy.cfg
export SPRING_DATASOURCE_URL=$url
export SPRING_DATASOURCE_USERNAME=${SPRING_DATASOURCE_USERNAME:-root}
export SPRING_DATASOURCE_PASSWORD=${SPRING_DATASOURCE_PASSWORD:-}
export ACCORD_DATABASE_PRODUCT=${ACCORD_DATABASE_PRODUCT:-mariadb}
export ACCORD_DATABASE_VERSION=${ACCORD_DATABASE_VERSION:-10.11}
# Behind the balancer the nodes believe its X-Forwarded-* headers (operations.md "Several nodes").
export SERVER_FORWARD_HEADERS_STRATEGY=native
lb=http://127.0.0.1:8080
password=accord-demo-2012
admin_port=8405   # HAProxy's runtime API for this trial only, on 127.0.0.1 (the sample has it commented out)

[ -f "$jar" ] || { echo "No $jar: build it with ./mvnw -Pproduction -pl portal -am package -DskipTests" >&2; exit 2; }
for tool in curl "$haproxy" "$java"; do
    command -v "$tool" > /dev/null || { echo "$tool not found" >&2; exit 2; }
done
for port in 8080 8181 8182 8191 8192 8443 8444 $admin_port; do
    if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then echo "Port $port is in use" >&2; exit 2; fi
done

work=$(mktemp -d /tmp/accord-lb-trial.XXXXXX)
pids=()
failures=0
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null; done
    for pid in "${pids[@]}"; do wait "$pid" 2> /dev/null; done
    if [ "${KEEP:-0}" = 1 ]; then echo "Logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

check() { # check NAME CONDITION...: runs the condition, prints PASS or FAIL
    local name=$1
    shift
    if "$@"; then echo "PASS  $name"; else echo "FAIL  $name"; failures=$((failures + 1)); fi
}
note() { echo "      $*"; }

start_node() { # start_node N: ports 818N and 819N, log node N.log
    "$java" -jar "$jar" --server.port="818$1" --management.server.port="819$1" --accord.demo=true \
        > "$work/node$1.log" 2>&1 &
    pids+=($!)
    eval "node$1=$!"
}
ready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:819$1/actuator/health/readiness")" = 200 ]; }
wait_ready() { # wait_ready N PID: up to 5 minutes
    for _ in $(seq 1 300); do
        ready "$1" && return 0
        kill -0 "$2" 2> /dev/null || { echo "Node $1 stopped; its log: $work/node$1.log" >&2; return 1; }
        sleep 1
    done
    return 1
}
lb_cli() { # lb_cli COMMAND: HAProxy's runtime API
    exec 3<> "/dev/tcp/127.0.0.1/$admin_port" || return 1
    printf '%s\n' "$1" >&3
    cat <&3
    exec 3<&-
}
server_status() { lb_cli "show stat" | awk -F, -v s="$1" '$1 == "portal" && $2 == s { print $18 }'; }
wait_status() { # wait_status SERVER STATUS SECONDS
    for _ in $(seq 1 $(($3 * 5))); do
        [ "$(server_status "$1")" = "$2" ] && return 0
        sleep 0.2
    done
    return 1
}

# curl as a browser: client NAME keeps its cookies in NAME.jar; the query marks the request in HAProxy's log
get() {
    curl -s -o "$work/$1.body" -D "$work/$1.headers" -w '%{http_code} %{redirect_url}' -c "$work/$1.jar" -b "$work/$1.jar" "$lb$2"
}
sign_in() { # sign_in CLIENT USERNAME: prints the status and where the portal sends the client
    get "$1" "/login?lbtrial=$1-login" > /dev/null
    curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$work/$1.jar" -b "$work/$1.jar" \
        --data-urlencode "username=$2" --data-urlencode "password=$password" "$lb/login"
}
node_of() { awk '$6 == "ACCORD_NODE" { print $7 }' "$work/$1.jar" 2> /dev/null; }
logged_node() { # logged_node MARK: the node that served the request marked lbtrial=MARK, from HAProxy's log
    grep -F "lbtrial=$1 " "$work/haproxy.log" | awk '{ print $4 }' | sed 's|portal/||' | sort -u | paste -sd, -
}
pages=0
pages_on() { # pages_on CLIENT NODE COUNT: COUNT pages of / answer 200 and HAProxy logged all of them on NODE
    local i status first=$((pages + 1))
    for i in $(seq "$first" $((pages + $3))); do
        status=$(get "$1" "/?lbtrial=$1-page$i")
        [ "${status%% *}" = 200 ] || { note "$1 page $i: $status"; return 1; }
    done
    pages=$((pages + $3))
    sleep 0.3
    for i in $(seq "$first" "$pages"); do
        [ "$(logged_node "$1-page$i")" = "$2" ] || { note "$1 page $i served by $(logged_node "$1-page$i")"; return 1; }
    done
}
shows_name() { # shows_name CLIENT TEXT: Vaadin's first request and the navigation to / (as PortalClient does)
    local init key ui
    init=$(curl -s -c "$work/$1.jar" -b "$work/$1.jar" "$lb/?v-r=init&location=&query=")
    key=$(printf '%s' "$init" | grep -o '"Vaadin-Security-Key":"[^"]*"' | cut -d'"' -f4)
    ui=$(printf '%s' "$init" | grep -o '"v-uiId":[0-9]*' | cut -d: -f2)
    [ -n "$key" ] && [ -n "$ui" ] || return 1
    curl -s -c "$work/$1.jar" -b "$work/$1.jar" -H 'Content-Type: application/json; charset=UTF-8' \
        --data "{\"csrfToken\":\"$key\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":null,\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}" \
        "$lb/?v-r=uidl&v-uiId=$ui" | grep -qF "$2"
}
other() { [ "$1" = n1 ] && echo n2 || echo n1; }
equals() { [ "$1" = "$2" ] || { note "got '$1', expected '$2'"; return 1; }; }
signed_in() { # signed_in STATUS: the answer to the sign-in form sends to a page of the portal, not back to /login
    [[ $1 == "302 $lb/"* && $1 != *login* ]] || { note "got '$1'"; return 1; }
}

echo "Work directory $work; java $("$java" -version 2>&1 | head -1); $("$haproxy" -v | head -1)"
start_node 1
wait_ready 1 "$node1" || exit 1
echo "      node 1 ready, starting node 2 (one at a time: a first start creates the schema and the demo data)"
start_node 2
wait_ready 2 "$node2" || exit 1
printf 'global\n    stats socket ipv4@127.0.0.1:%s level admin\n' "$admin_port" > "$work/trial-admin.cfg"
check "the sample is a valid HAProxy configuration" "$haproxy" -c -q -f "$sample"
"$haproxy" -f "$sample" -f "$work/trial-admin.cfg" > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
pids+=($haproxy_pid)
sleep 1
check "HAProxy runs and finds both nodes UP" eval 'wait_status n1 UP 10 && wait_status n2 UP 10'

# 1. The sign-in page and sticky sessions
status=$(get a "/login?lbtrial=a-first")
check "the sign-in page (Vaadin's bootstrap page) answers 200 through :8080" \
    eval '[ "${status%% *}" = 200 ] && grep -q "window.Vaadin" "$work/a.body"'
a_node=$(node_of a)
b_node=$(other "$a_node")
check "HAProxy set ACCORD_NODE on the first answer ($a_node) and logged that node" equals "$(logged_node a-first)" "$a_node"
check "over plain HTTP, ACCORD_NODE is set without Secure" \
    eval 'grep -i "^set-cookie: ACCORD_NODE=" "$work/a.headers" | grep -vqi secure'
status=$(sign_in a pm.mx)
check "client A signs in as pm.mx (302 to $lb/, port kept)" equals "$status" "302 $lb/"
check "client A: 6 pages of / on $a_node, the node of its session" pages_on a "$a_node" 6
check "client A: the signed-in UI (pm.mx's name) through the balancer" shows_name a "Oficina de Programa, SHCP"
status=$(sign_in b pm.us)
check "client B signs in as pm.us" signed_in "$status"
check "client B was sent to the other node ($b_node)" equals "$(node_of b)" "$b_node"
check "client B: 6 pages of / on $b_node" pages_on b "$b_node" 6
check "client A still on $a_node after client B" pages_on a "$a_node" 2
if address=$(hostname -I 2> /dev/null | awk '{ print $1 }') && [ -n "$address" ]; then
    status=$(curl -s -o /dev/null -c "$work/c.jar" -b "$work/c.jar" "http://$address:8080/login")
    status=$(curl -s -o /dev/null -w '%{http_code}' -c "$work/c.jar" -b "$work/c.jar" \
        --data-urlencode "username=liaison.us" --data-urlencode "password=$password" "http://$address:8080/login")
    codes=$(for i in 1 2 3 4; do curl -s -o /dev/null -w '%{http_code} ' -c "$work/c.jar" -b "$work/c.jar" "http://$address:8080/"; done)
    check "a client from $address (not loopback) keeps its session over plain HTTP" equals "$codes" "200 200 200 200 "
fi

# 2. Forwarded headers: the audit trail records the client, not HAProxy and not what the client claims
if command -v mysql > /dev/null && [[ $url =~ ^jdbc:mysql://([^:/]+)(:([0-9]+))?/([^?]+) ]]; then
    db_host=${BASH_REMATCH[1]} db_port=${BASH_REMATCH[3]:-3306} db_name=${BASH_REMATCH[4]}
    curl -s -o /dev/null -c "$work/f.jar" -b "$work/f.jar" -H 'X-Forwarded-For: 203.0.113.66' "$lb/login"
    curl -s -o /dev/null -c "$work/f.jar" -b "$work/f.jar" -H 'X-Forwarded-For: 203.0.113.66' \
        --data-urlencode "username=liaison.mx" --data-urlencode "password=$password" "$lb/login"
    recorded=$(MYSQL_PWD=$SPRING_DATASOURCE_PASSWORD mysql -N -h "$db_host" -P "$db_port" -u "$SPRING_DATASOURCE_USERNAME" \
        "$db_name" -e "SELECT client_address FROM audit_event WHERE actor = 'liaison.mx' AND action = 'LOGIN_SUCCESS' ORDER BY id DESC LIMIT 1")
    check "a sign-in claiming X-Forwarded-For 203.0.113.66 from 127.0.0.1 is audited as 127.0.0.1" equals "$recorded" 127.0.0.1
else
    note "SKIP  client address in the audit trail (needs the mysql client and a jdbc:mysql:// URL)"
fi

# 3. TLS at the balancer: the sample with its "bind :443 ssl" line turned on (127.0.0.1:8443), a self-signed certificate
if command -v openssl > /dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 -keyout "$work/key.pem" -out "$work/cert.pem" 2> /dev/null
    cat "$work/cert.pem" "$work/key.pem" > "$work/accord.pem"
    sed -e "s|^    # bind :443 ssl crt /etc/haproxy/certs/accord.pem|    bind 127.0.0.1:8443 ssl crt $work/accord.pem|" \
        -e 's|^    bind :8080|    bind 127.0.0.1:8444|' "$sample" > "$work/tls.cfg"
    "$haproxy" -f "$work/tls.cfg" > "$work/haproxy-tls.log" 2>&1 &
    tls_pid=$!
    pids+=($tls_pid)
    sleep 1
    headers=$(curl -sk -o /dev/null -D - https://127.0.0.1:8443/login | tr -d '\r')
    check "over TLS: ACCORD_NODE is Secure" eval "grep -qi '^set-cookie: ACCORD_NODE=.*; Secure' <<< \"\$headers\""
    check "over TLS: JSESSIONID is Secure and HSTS is sent (the node sees X-Forwarded-Proto https)" \
        eval "grep -qi '^set-cookie: JSESSIONID=.*; Secure' <<< \"\$headers\" && grep -qi '^strict-transport-security:' <<< \"\$headers\""
    kill "$tls_pid"
    wait "$tls_pid" 2> /dev/null
else
    note "SKIP  TLS (needs openssl)"
fi

# 4. Draining node 1 through HAProxy's runtime API: no new sessions there, its sessions stay
n1_client=a
[ "$a_node" = n1 ] || n1_client=b
n2_client=$([ $n1_client = a ] && echo b || echo a)
lb_cli "set server portal/n1 state drain" > /dev/null
check "n1 drained (set server portal/n1 state drain)" wait_status n1 DRAIN 5
get d1 "/login?lbtrial=d1" > /dev/null
get d2 "/login?lbtrial=d2" > /dev/null
check "while n1 drains, two new clients both go to n2" equals "$(node_of d1),$(node_of d2)" n2,n2
check "while n1 drains, the session on n1 (client ${n1_client^^}) stays there" pages_on $n1_client n1 2
lb_cli "set server portal/n1 state ready" > /dev/null
check "n1 back in service (state ready)" wait_status n1 UP 5

# 5. Stopping node 1 (SIGTERM): HAProxy marks it DOWN; its user signs in again on n2; n2's user sees nothing
(for i in $(seq 1 40); do get "$n2_client" "/?lbtrial=$n2_client-stop$i"; echo; sleep 0.2; done) > "$work/n2-during-stop.txt" &
watcher=$!
kill -TERM "$node1"
(for i in $(seq 1 15); do get "$n1_client" "/?lbtrial=$n1_client-stop$i"; echo; sleep 0.2; done) > "$work/n1-during-stop.txt"
wait "$watcher"
check "HAProxy marks n1 DOWN (readiness gone)" wait_status n1 DOWN 10
note "n1's user during the stop, one request every 0.2 s: $(cut -d' ' -f1 "$work/n1-during-stop.txt" | uniq -c | awk '{ printf "%s x %s; ", $1, $2 }')"
check "n1's user got no 5xx during the stop" eval "! grep -q '^5' '$work/n1-during-stop.txt'"
status=$(get "$n1_client" "/?lbtrial=$n1_client-after")
check "n1's user is sent to sign in again ($lb/login)" equals "$status" "302 $lb/login"
check "n1's user now has ACCORD_NODE=n2" equals "$(node_of $n1_client)" n2
status=$(sign_in "$n1_client" "$([ $n1_client = a ] && echo pm.mx || echo pm.us)")
check "n1's user signs in again, on n2" signed_in "$status"
check "n1's user: 3 pages on n2" pages_on "$n1_client" n2 3
check "n2's user: 40 pages of / answered 200 during the stop" equals "$(cut -d' ' -f1 "$work/n2-during-stop.txt" | sort | uniq -c | awk '{ print $1 "x" $2 }')" 40x200
check "n2's user still signed in on n2" pages_on "$n2_client" n2 2
wait "$node1" 2> /dev/null
check "node 1 stopped gracefully" grep -q 'Graceful shutdown complete' "$work/node1.log"

echo
if [ "$failures" = 0 ]; then echo "All checks passed"; else echo "$failures check(s) failed; logs in $work"; KEEP=1; fi
[ "$failures" = 0 ]
