/*
 * The consumer's live chat. Checks whether an agent is available (if not, offers the case form),
 * starts a chat through POST /api/v1/chats and talks over /ws/chat. The chat's id and key stay in
 * sessionStorage, so a reload reconnects to the same chat and shows the conversation so far.
 * Text from the agent is inserted as text, never as markup.
 */
(function () {
    var page = document.getElementById('chatPage');
    var STORE = 'caredesk.chat';
    var socket = null;
    var seen = {};
    var ended = false;
    var lastTyping = 0;
    var typingTimer = null;

    function $(id) { return document.getElementById(id); }

    function state(text) { $('chatState').textContent = text; }

    function addLine(line) {
        if (seen[line.id]) { return; }
        seen[line.id] = true;
        var item = document.createElement('li');
        item.className = 'chat-line from-' + line.from;
        var who = document.createElement('span');
        who.className = 'who';
        who.textContent = line.from === 'agent' ? page.dataset.agent : page.dataset.you;
        var text = document.createElement('span');
        text.className = 'text';
        text.textContent = line.text;
        item.appendChild(who);
        item.appendChild(text);
        $('chatLines').appendChild(item);
        if (line.from === 'agent') { $('agentTyping').hidden = true; }
    }

    function finish() {
        ended = true;
        state(page.dataset.ended);
        $('chatText').disabled = true;
        $('chatSendButton').disabled = true;
        $('chatEnd').disabled = true;
        // Nothing more can be sent: the box and its buttons go, the state line says the chat ended.
        $('chatSend').hidden = true;
        sessionStorage.removeItem(STORE);
    }

    function onFrame(frame) {
        if (frame.type === 'history') {
            frame.chat.lines.forEach(addLine);
            if (frame.chat.status === 'ended') { finish(); }
            else { state(frame.chat.agent ? page.dataset.joined.replace('{0}', frame.chat.agent) : page.dataset.waiting); }
        } else if (frame.type === 'message' && frame.line) {
            addLine(frame.line);
        } else if (frame.type === 'accepted') {
            state(page.dataset.joined.replace('{0}', frame.agent || ''));
        } else if (frame.type === 'typing' && frame.from === 'agent') {
            $('agentTyping').hidden = false;
            clearTimeout(typingTimer);
            typingTimer = setTimeout(function () { $('agentTyping').hidden = true; }, 4000);
        } else if (frame.type === 'ended') {
            finish();
        }
    }

    function enter(ticket) {
        $('chatChecking').hidden = true;
        $('chatStart').hidden = true;
        $('noAgent').hidden = true;
        $('chatRoom').hidden = false;
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        socket = new WebSocket(scheme + location.host + '/ws/chat?chat=' + encodeURIComponent(ticket.chatId)
            + '&key=' + encodeURIComponent(ticket.key));
        socket.onmessage = function (message) { onFrame(JSON.parse(message.data)); };
        socket.onclose = function (event) {
            if (ended) { return; }
            if (event.code === 1008) {  // the chat is not known (any more): start afresh
                sessionStorage.removeItem(STORE);
                location.reload();
                return;
            }
            setTimeout(function () { enter(ticket); }, 2000);
        };
    }

    function send(message) {
        if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(message)); }
    }

    function offerCase() {
        $('chatChecking').hidden = true;
        $('chatStart').hidden = true;
        $('noAgent').hidden = false;
    }

    $('chatStart').addEventListener('submit', function (e) {
        e.preventDefault();
        $('chatStartButton').disabled = true;
        fetch('/api/v1/chats', {method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', Accept: 'application/json'},
            body: JSON.stringify({name: $('chatName').value || null, message: $('chatFirst').value || null,
                language: page.dataset.language})})
            .then(function (response) {
                if (response.status === 409) { offerCase(); return null; }
                if (!response.ok) { throw new Error('HTTP ' + response.status); }
                return response.json();
            })
            .then(function (ticket) {
                if (!ticket) { return; }
                sessionStorage.setItem(STORE, JSON.stringify(ticket));
                enter(ticket);
            })
            .catch(function () {
                $('chatStartButton').disabled = false;
                $('chatChecking').hidden = false;
                $('chatChecking').textContent = page.dataset.failed;
            });
    });
    $('chatSend').addEventListener('submit', function (e) {
        e.preventDefault();
        var text = $('chatText');
        if (!text.value.trim()) { return; }
        send({type: 'say', text: text.value});
        text.value = '';
    });
    $('chatText').addEventListener('input', function () {
        var now = Date.now();
        if (now - lastTyping > 2000) {
            lastTyping = now;
            send({type: 'typing'});
        }
    });
    $('chatEnd').addEventListener('click', function () { send({type: 'end'}); });

    var stored = sessionStorage.getItem(STORE);
    if (stored) {
        enter(JSON.parse(stored));
    } else {
        fetch('/api/v1/chats/availability', {headers: {Accept: 'application/json'}})
            .then(function (response) { return response.json(); })
            .then(function (availability) {
                if (availability.available) {
                    $('chatChecking').hidden = true;
                    $('chatStart').hidden = false;
                } else {
                    offerCase();
                }
            })
            .catch(offerCase);
    }
}());
