#!/bin/sh
# Installs or updates OneStop from a published folder (dotnet publish, see README "Install on a server").
#   sudo ./deploy/install.sh            one commune: unit onestop.service, user onestop
#   sudo ./deploy/install.sh van-ninh   one of several: unit onestop@van-ninh, user onestop-van-ninh
# Run it from the published folder (it holds this script in deploy/). It never overwrites settings or content that
# exist already, and it does not start the bot: it prints what to do next.
set -eu

if [ "$(id -u)" -ne 0 ]; then
    echo "Run as root: sudo $0 $*" >&2
    exit 1
fi

here=$(cd "$(dirname "$0")" && pwd)
published=$(dirname "$here")
commune=${1:-}
if [ -n "$commune" ] && ! printf '%s' "$commune" | grep -Eq '^[a-z0-9][a-z0-9-]{0,22}$'; then
    echo "A commune's name is lower-case letters, digits and dashes (van-ninh), at most 23 characters." >&2
    exit 1
fi

if [ ! -x "$published/OneStop.Bot" ] || [ ! -d "$published/conversation-flows" ]; then
    echo "$published does not look like a published OneStop (OneStop.Bot and conversation-flows/ missing)." >&2
    exit 1
fi

if [ -n "$commune" ]; then
    user="onestop-$commune"; unit="onestop@$commune"; env="/etc/onestop/$commune.env"
    content="/etc/onestop/$commune/conversation-flows"; data="/var/lib/onestop/$commune"
else
    user="onestop"; unit="onestop"; env="/etc/onestop/onestop.env"
    content="/etc/onestop/conversation-flows"; data="/var/lib/onestop"
fi

if ! id "$user" >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir "$data" --shell /usr/sbin/nologin "$user"
    echo "Created the user $user."
fi

# The program: replaced as a whole (settings, content and data live elsewhere).
install -d -m 0755 /opt/onestop
cp -a "$published/." /opt/onestop/
chown -R root:root /opt/onestop
chmod -R go-w /opt/onestop

install -d -m 0755 /etc/onestop
if [ ! -d "$content" ]; then
    install -d -m 0755 "$(dirname "$content")"
    cp -a "$published/conversation-flows" "$content"
    chown -R root:root "$content"
    echo "Copied the content to $content: the office edits it there (check with: /opt/onestop/OneStop.Bot validate --Content:Path=$content)."
fi

if [ ! -f "$env" ]; then
    install -o "$user" -g "$user" -m 0600 "$here/onestop.env.example" "$env"
    echo "Wrote $env (mode 0600): fill in the token and settings."
fi

install -m 0644 "$here/onestop.service" "$here/onestop@.service" /etc/systemd/system/
systemctl daemon-reload

echo
echo "Next:"
echo "  1. edit $env"
echo "  2. systemctl enable --now $unit"
echo "  3. journalctl -u $unit -f      (the bot's log)"
