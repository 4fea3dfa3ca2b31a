/*
 * The console's side of the live feed: keeps a WebSocket to /console/ws/feed open, resumes from
 * the last event seen after any disconnect, shows whether the console is online (a status pill and,
 * while disconnected, a banner), and reloads the queue table when a case arrives or changes.
 * Other scripts on the page hear every event as a 'caredesk:feed' DOM event (detail = the frame).
 */
(function () {
    var status = document.getElementById('feedStatus');
    var banner = null;
    var socket = null;
    var lastSeq = null;
    var retryMillis = 1000;
    var refreshPending = false;

    function showBanner(offline) {
        if (!status) { return; }
        if (!banner) {
            banner = document.createElement('div');
            banner.id = 'feedBanner';
            banner.className = 'feed-banner';
            banner.setAttribute('role', 'alert');
            banner.textContent = status.dataset.offline;
            var main = document.getElementById('main') || document.body;
            main.insertBefore(banner, main.firstChild);
        }
        banner.hidden = !offline;
    }

    function setOnline(online) {
        if (!status) { return; }
        status.className = 'feed-status ' + (online ? 'online' : 'offline');
        status.textContent = online ? status.dataset.online : status.dataset.offline;
        showBanner(!online);
    }

    function refreshSoon() {
        // Many events in a burst cause one reload, not one each.
        if (refreshPending || typeof window.refreshQueue !== 'function') { return; }
        refreshPending = true;
        setTimeout(function () { refreshPending = false; window.refreshQueue(); }, 150);
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var contextPath = location.pathname.substring(0, location.pathname.indexOf('/', 1));
        socket = new WebSocket(scheme + location.host + contextPath + '/ws/feed');
        socket.onopen = function () {
            setOnline(true);
            retryMillis = 1000;
            if (lastSeq !== null) {
                socket.send(JSON.stringify({type: 'resume', since: lastSeq}));
            }
        };
        socket.onmessage = function (message) {
            var event = JSON.parse(message.data);
            if (lastSeq !== null && event.seq <= lastSeq) { return; }
            lastSeq = event.seq;
            // Other scripts on the page (alerts-live.js) listen for the events they care about.
            window.dispatchEvent(new CustomEvent('caredesk:feed', {detail: event}));
            if (event.type === 'case.created' || event.type === 'case.updated') {
                refreshSoon();
                // A page showing one case (case.xhtml) decides whether the event is about it.
                if (typeof window.onCaseEvent === 'function') { window.onCaseEvent(event); }
            }
            document.dispatchEvent(new CustomEvent('caredesk:feed', {detail: event}));
        };
        socket.onclose = function () {
            setOnline(false);
            // Exponential backoff with jitter, so consoles cut off together do not return together.
            setTimeout(connect, retryMillis * (0.75 + Math.random() / 2));
            retryMillis = Math.min(retryMillis * 2, 15000);
        };
    }

    // Idle for 10 minutes: the agent shows as away (no chats are offered) until they are back.
    var IDLE_MILLIS = 10 * 60 * 1000;
    var lastActivity = Date.now();
    var idleAway = false;
    function setAway(away) {
        var contextPath = location.pathname.substring(0, location.pathname.indexOf('/', 1));
        fetch(contextPath + '/api/v1/presence/me', {method: 'PUT', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json'}, body: JSON.stringify({away: away})});
    }
    ['keydown', 'mousemove', 'click', 'touchstart'].forEach(function (name) {
        document.addEventListener(name, function () {
            lastActivity = Date.now();
            if (idleAway) { idleAway = false; setAway(false); }
        }, {passive: true});
    });
    setInterval(function () {
        if (!idleAway && Date.now() - lastActivity > IDLE_MILLIS) { idleAway = true; setAway(true); }
    }, 30000);

    // For tests and diagnostics: the connection's state, and a way to drop it as a network would.
    window.caredeskFeed = {
        lastSeq: function () { return lastSeq; },
        drop: function () { if (socket) { socket.close(4000, 'dropped'); } }
    };

    connect();
}());
