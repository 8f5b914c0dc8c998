# shellcheck shell=bash
# Helpers for the scripts that work in a Debian root with chroot (qt68.sh, bundle-test.sh);
# sourced, not run. Needs root.

# private_mounts "$0" "$@": re-runs the calling script in a mount namespace of its own, so that
# every mount it makes disappears with it, however it ends. Call it before mounting anything.
private_mounts() {
    if [[ -z ${ZADIG_PRIVATE_MOUNTS:-} ]]; then
        exec env ZADIG_PRIVATE_MOUNTS=1 unshare --mount --propagation private "$@"
    fi
}

mounted=()
# unmount_all: undoes every mount of enter(), newest first. Also the EXIT trap.
unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -R "${mounted[i]}" 2>/dev/null || umount -lR "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
}
trap unmount_all EXIT

# enter ROOT [DIR]: proc, dev and a fresh /tmp for the chroot, and DIR (the clone) at its own
# path, so that build paths are the same inside and out.
enter() {
    local r=$1 dir=${2:-}
    mount -t proc proc "$r/proc" && mounted+=("$r/proc")
    mount --rbind /dev "$r/dev" && mount --make-rslave "$r/dev" && mounted+=("$r/dev")
    mount -t tmpfs -o mode=1777 tmpfs "$r/tmp" && mounted+=("$r/tmp")
    if [[ -n $dir ]]; then
        mkdir -p "$r$dir"
        mount --bind "$dir" "$r$dir" && mounted+=("$r$dir")
    fi
    cp -L /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
}

# inroot ROOT COMMAND...: runs COMMAND in the chroot with a clean environment, plus the
# VAR=value words of the array extra_env.
extra_env=()
inroot() {
    local r=$1
    shift
    chroot "$r" env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive CI="${CI:-true}" \
        "${extra_env[@]}" "$@"
}
