/*
 * New early-warning alerts on every console page: a notification with a link to the alert, the
 * waiting-alerts badge counted up (and down when an alert is decided, hidden at none), and the alert
 * list reloaded when an alert is raised or decided.
 * Listens to the events feed.js passes on; opens no connection of its own.
 */
(function () {
    var toasts = document.getElementById('alertToasts');
    var badge = document.getElementById('alertBadge');
    // The ids of the alerts waiting for a decision, as the page was rendered; a set, so an event seen
    // twice (a resumed feed) counts once.
    var waiting = {};
    ((badge && badge.dataset.raised) || '').split(' ').forEach(function (id) { if (id) { waiting[id] = true; } });

    function showWaiting() {
        if (!badge) { return; }
        var count = Object.keys(waiting).length;
        badge.textContent = String(count);
        badge.classList.toggle('badge-empty', count === 0);
    }

    function hazardLabel(wireName) {
        var label = document.querySelector('.hazard-label[data-hazard="' + wireName + '"]');
        return label ? label.textContent : wireName;
    }

    function notify(alert) {
        if (!toasts) { return; }
        var toast = document.createElement('div');
        toast.className = 'toast alert-toast';
        var text = document.createElement('span');
        text.textContent = toasts.dataset['new'] + ': ' + alert.product + ' (' + alert.productCode + ') · ' + hazardLabel(alert.hazard);
        var link = document.createElement('a');
        link.href = toasts.dataset.base + '/alert.xhtml?id=' + encodeURIComponent(alert.id);
        link.textContent = toasts.dataset.open;
        var close = document.createElement('button');
        close.type = 'button';
        close.className = 'toast-close';
        close.textContent = '×';
        close.setAttribute('aria-label', toasts.dataset.close);
        close.onclick = function () { toast.remove(); };
        toast.appendChild(text);
        toast.appendChild(document.createTextNode(' '));
        toast.appendChild(link);
        toast.appendChild(close);
        toasts.appendChild(toast);
    }

    window.addEventListener('caredesk:feed', function (e) {
        var event = e.detail;
        if (event.type === 'alert.raised' || event.type === 'alert.updated') {
            if (event.data.status === 'raised') {
                waiting[String(event.data.id)] = true;
            } else {
                delete waiting[String(event.data.id)];
            }
            showWaiting();
        }
        if (event.type === 'alert.raised') {
            notify(event.data);
        }
        if ((event.type === 'alert.raised' || event.type === 'alert.updated') && typeof window.refreshAlerts === 'function') {
            window.refreshAlerts();
        }
    });
}());
