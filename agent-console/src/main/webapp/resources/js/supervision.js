/* The supervision board reloads (one request per burst) when presence, cases or chats change. */
(function () {
    var pending = false;
    document.addEventListener('caredesk:feed', function (event) {
        var frame = event.detail;
        var relevant = frame.type === 'presence' || frame.type === 'case.created' || frame.type === 'case.updated'
            || (frame.type === 'chat.message' && frame.data.kind !== 'typing' && frame.data.kind !== 'message');
        if (!relevant || pending || typeof window.refreshBoard !== 'function') { return; }
        pending = true;
        setTimeout(function () { pending = false; window.refreshBoard(); }, 250);
    });
}());
