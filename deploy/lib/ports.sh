# shellcheck shell=bash
# Whether something accepts TCP connections on 127.0.0.1:$1.
port_open() {
	timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}
