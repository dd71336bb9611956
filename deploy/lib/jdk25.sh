# shellcheck shell=bash
# Finds a JDK 25 (or later) for Carve's scripts. Source it, then call find_jdk25; the build, the
# launcher (carve-run), CI (.ci/run) and deploy/kafka-start all select their JDK through it.
#
#   JAVA_HOME, when it points at a JDK 25 or later, wins; otherwise the java on PATH, then the
#   usual install locations (Debian/Ubuntu, /opt/java, SDKMAN!, macOS) are tried in order.

# Sets RELEASE_VALUE to a key's value in the release file of the JDK in the given directory,
# without its quotes, or to nothing. It reads the file with the shell's own read: no process, which
# every command a launcher starts would pay for.
jdk_release_value() {
	local line
	RELEASE_VALUE=""
	[ -f "$1/release" ] || return 0
	while IFS= read -r line || [ -n "$line" ]; do
		case "$line" in
		"$2="*)
			RELEASE_VALUE="${line#"$2"=}"
			RELEASE_VALUE="${RELEASE_VALUE//\"/}"
			return 0
			;;
		esac
	done <"$1/release"
}

# Sets JDK_MAJOR to the major version of the JDK in the given directory, or to nothing when its
# java does not run: from its release file, else from java -version.
java_major() {
	local version
	jdk_release_value "$1" JAVA_VERSION
	version="$RELEASE_VALUE"
	if [ -z "$version" ]; then
		version="$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')" || return 0
	fi
	version="${version#1.}"
	JDK_MAJOR="${version%%[.+-]*}"
}

# Whether the given directory is a JDK 25 or later.
is_jdk25() {
	JDK_MAJOR=""
	[ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
	java_major "$1"
	[ -n "$JDK_MAJOR" ] && [ "$JDK_MAJOR" -ge 25 ] 2>/dev/null
}

# Prints the home of the first JDK 25 or later found, or fails when there is none.
find_jdk25() {
	local candidate path_java=""
	if is_jdk25 "${JAVA_HOME:-}"; then
		echo "$JAVA_HOME"
		return 0
	fi
	if command -v java >/dev/null 2>&1; then
		path_java="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
	fi
	for candidate in "$path_java" /usr/lib/jvm/temurin-25-jdk-* /usr/lib/jvm/*-25-* \
		/usr/lib/jvm/jdk-25* /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* \
		/Library/Java/JavaVirtualMachines/*/Contents/Home; do
		if is_jdk25 "$candidate"; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

# What to tell someone who has no JDK 25.
jdk25_missing_help() {
	cat >&2 <<'HELP'
Carve needs a JDK 25 and none was found (JAVA_HOME, java on PATH, /usr/lib/jvm, /opt/java,
~/.sdkman, /Library/Java/JavaVirtualMachines). Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-25-jdk-headless   (or Temurin 25 from adoptium.net)
  macOS:          brew install --cask temurin@25
  SDKMAN!:        sdk install java 25-tem
then run this again, or point JAVA_HOME at it.
HELP
}

# Exports JAVA_HOME and PATH for a JDK 25, or explains how to get one and exits non-zero. A
# JAVA_HOME that is one already costs no process.
use_jdk25() {
	local home
	if is_jdk25 "${JAVA_HOME:-}"; then
		home="$JAVA_HOME"
	elif ! home="$(find_jdk25)"; then
		jdk25_missing_help
		exit 1
	fi
	export JAVA_HOME="$home"
	export PATH="$JAVA_HOME/bin:$PATH"
}
