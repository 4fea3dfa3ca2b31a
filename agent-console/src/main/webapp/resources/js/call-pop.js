/*
 * Screen pop: a call ringing at this agent (the feed delivers "call.ringing" only to the consoles of the
 * agent it rings at) opens the caller's customer 360, unless the agent is in the middle of typing (a
 * reply or note with text in it): then a notice offers to open it, so nothing typed is lost.
 */
(function () {
    var box = document.getElementById('callPop');
    if (!box) { return; }
    var base = box.getAttribute('data-base');

    function typing() {
        var fields = document.querySelectorAll('textarea');
        for (var i = 0; i < fields.length; i++) {
            if (fields[i].value && fields[i].value.trim() !== '') { return true; }
        }
        return false;
    }

    function show(call) {
        var url = base + '/customer.xhtml?call=' + encodeURIComponent(call.callId);
        if (!typing()) {
            location.assign(url);
            return;
        }
        box.textContent = '';
        var title = document.createElement('strong');
        title.textContent = box.getAttribute('data-incoming') + ': '
            + (call.customerName ? call.customerName : box.getAttribute('data-new')) + ' · ' + call.from;
        var open = document.createElement('a');
        open.id = 'callPopOpen';
        open.href = url;
        open.className = 'ui-button ui-button-primary call-pop-open';
        open.textContent = box.getAttribute('data-open');
        var dismiss = document.createElement('button');
        dismiss.type = 'button';
        dismiss.className = 'call-pop-dismiss';
        dismiss.textContent = box.getAttribute('data-dismiss');
        dismiss.addEventListener('click', function () { box.hidden = true; });
        box.appendChild(title);
        box.appendChild(open);
        box.appendChild(dismiss);
        box.hidden = false;
    }

    window.addEventListener('caredesk:feed', function (e) {
        var event = e.detail;
        if (event && event.type === 'call.ringing' && event.data) { show(event.data); }
    });
})();
