/*
 * Typing in a field with a delayed ajax listener (p:ajax delay: the contact form's article suggestions)
 * leaves a request waiting to be sent. When the form is sent meanwhile and replaced by its receipt,
 * that request would go out afterwards for a form no longer on the page, without the page's script
 * nonce, and the script policy refuses it. Pressing a form's send button drops the requests still
 * waiting: what they would have shown is moot once the form is sent.
 */
(function () {
    'use strict';
    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('button[type="submit"], input[type="submit"]');
        var queue = window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue;
        if (!button || !queue || !queue.delays) {
            return;
        }
        Object.keys(queue.delays).forEach(function (source) {
            clearTimeout(queue.delays[source].timeout);
            delete queue.delays[source];
        });
    }, true);
}());
