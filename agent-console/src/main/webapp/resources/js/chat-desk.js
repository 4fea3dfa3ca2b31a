/*
 * The agent's chat desk: chats waiting for an agent and the agent's own, updated from the live
 * feed (feed.js passes every event as 'caredesk:feed'); commands (accept, say, typing, end) go
 * over /console/ws/chat. Everything the consumer wrote is inserted as text, never as markup.
 */
(function () {
    var desk = document.getElementById('chatDesk');
    var me = desk.dataset.me.toLowerCase();
    var chats = {};           // id -> {id, status, visitor, agentEmail, lines: [], seen: {}}
    var current = null;
    var socket = null;
    var lastTyping = 0;
    var typingTimer = null;
    var contextPath = location.pathname.substring(0, location.pathname.indexOf('/', 1));

    function el(tag, text, cls) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) { node.textContent = text; }
        if (cls) { node.className = cls; }
        return node;
    }

    function visitor(chat) { return chat.visitor || desk.dataset.anonymous; }

    function remember(view) {
        var chat = chats[view.id] || {id: view.id, lines: [], seen: {}};
        chat.status = view.status;
        chat.visitor = view.visitor;
        chat.agentEmail = view.agentEmail ? view.agentEmail.toLowerCase() : null;
        (view.lines || []).forEach(function (line) { addLine(chat, line); });
        chats[view.id] = chat;
        return chat;
    }

    function addLine(chat, line) {
        if (chat.seen[line.id]) { return false; }
        chat.seen[line.id] = true;
        chat.lines.push(line);
        return true;
    }

    function renderLists() {
        var waiting = document.getElementById('waitingChats');
        var mine = document.getElementById('myChats');
        waiting.textContent = '';
        mine.textContent = '';
        Object.keys(chats).map(function (k) { return chats[k]; }).forEach(function (chat) {
            if (chat.status === 'waiting') {
                var item = el('li', null, 'chat-item');
                item.appendChild(el('span', visitor(chat) + ' — ' + (chat.lines.length ? chat.lines[0].text : ''), 'chat-preview'));
                var accept = el('button', desk.dataset.accept);
                accept.type = 'button';
                accept.id = 'accept-' + chat.id;
                accept.addEventListener('click', function () { command({type: 'accept', chat: chat.id}); });
                item.appendChild(accept);
                waiting.appendChild(item);
            } else if (chat.status === 'active' && chat.agentEmail === me) {
                var own = el('li', null, 'chat-item');
                var open = el('button', desk.dataset.open + ': ' + visitor(chat));
                open.type = 'button';
                open.id = 'open-' + chat.id;
                open.addEventListener('click', function () { show(chat.id); });
                own.appendChild(open);
                mine.appendChild(own);
            }
        });
        document.getElementById('noWaiting').hidden = waiting.children.length > 0;
    }

    function show(id) {
        current = id;
        var chat = chats[id];
        document.getElementById('conversation').hidden = false;
        document.getElementById('conversationTitle').textContent = visitor(chat);
        document.getElementById('chatNotice').textContent = chat.status === 'ended' ? desk.dataset.ended : '';
        var list = document.getElementById('chatLines');
        list.textContent = '';
        chat.lines.forEach(function (line) { list.appendChild(lineItem(line)); });
        document.getElementById('chatText').disabled = chat.status === 'ended';
        // An ended chat takes no more messages: the box and its buttons go, the notice says why.
        document.getElementById('chatSend').hidden = chat.status === 'ended';
        if (chat.status !== 'ended') { document.getElementById('chatText').focus(); }
    }

    function lineItem(line) {
        var item = el('li', null, 'chat-line from-' + line.from);
        item.appendChild(el('span', line.from === 'agent' ? desk.dataset.you : desk.dataset.consumer, 'who'));
        item.appendChild(el('span', line.text, 'text'));
        return item;
    }

    function onFeed(event) {
        var frame = event.detail;
        if (frame.type !== 'chat.message') { return; }
        var data = frame.data;
        var chat = chats[data.chatId] || remember({id: data.chatId, status: 'waiting', visitor: data.visitor});
        if (data.kind === 'started') {
            chat.status = 'waiting';
        } else if (data.kind === 'accepted') {
            chat.status = 'active';
            chat.agentEmail = data.agentEmail ? data.agentEmail.toLowerCase() : null;
            if (chat.agentEmail === me) { show(chat.id); }
        } else if (data.kind === 'message' && data.line) {
            if (addLine(chat, data.line) && current === chat.id) {
                document.getElementById('chatLines').appendChild(lineItem(data.line));
                if (data.from === 'consumer') { document.getElementById('typing').hidden = true; }
            }
        } else if (data.kind === 'typing' && data.from === 'consumer' && current === chat.id) {
            var typing = document.getElementById('typing');
            typing.hidden = false;
            clearTimeout(typingTimer);
            typingTimer = setTimeout(function () { typing.hidden = true; }, 4000);
        } else if (data.kind === 'ended') {
            chat.status = 'ended';
            if (current === chat.id) { show(chat.id); }
        }
        renderLists();
    }

    function command(message) {
        if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(message)); }
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        socket = new WebSocket(scheme + location.host + contextPath + '/ws/chat');
        socket.onmessage = function (message) {
            var answer = JSON.parse(message.data);
            if (answer.type === 'error' && answer.error === 'conflict' && chats[answer.chat]) {
                document.getElementById('chatNotice').textContent = desk.dataset.taken;
            }
        };
        socket.onclose = function () { setTimeout(connect, 2000); };
    }

    function load() {
        fetch(contextPath + '/api/v1/chats', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (views) {
                views.forEach(remember);
                renderLists();
            });
    }

    document.getElementById('chatSend').addEventListener('submit', function (e) {
        e.preventDefault();
        var text = document.getElementById('chatText');
        if (current === null || !text.value.trim()) { return; }
        command({type: 'say', chat: current, text: text.value});
        text.value = '';
    });
    document.getElementById('chatText').addEventListener('input', function () {
        var now = Date.now();
        if (current !== null && now - lastTyping > 2000) {
            lastTyping = now;
            command({type: 'typing', chat: current});
        }
    });
    document.getElementById('chatEnd').addEventListener('click', function () {
        if (current !== null) { command({type: 'end', chat: current}); }
    });
    var away = document.getElementById('awayToggle');
    away.addEventListener('click', function () {
        var goingAway = away.getAttribute('aria-pressed') !== 'true';
        fetch(contextPath + '/api/v1/presence/me', {method: 'PUT', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json'}, body: JSON.stringify({away: goingAway})})
            .then(function (response) {
                if (!response.ok) { return; }
                away.setAttribute('aria-pressed', goingAway ? 'true' : 'false');
                away.textContent = goingAway ? away.dataset.back : away.dataset.away;
            });
    });

    document.addEventListener('caredesk:feed', onFeed);
    connect();
    load();
}());
