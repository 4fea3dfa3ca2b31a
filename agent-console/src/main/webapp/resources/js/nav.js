/*
 * The console header's menus: the phone's menu button and a supervisor's grouped menus (disclosure
 * buttons, aria-expanded kept true to what is shown). One menu open at a time; Escape or a click
 * elsewhere closes it. Without this script the menus stay closed but every page is still one link away
 * from the queue.
 */
(function () {
    var toggles = Array.prototype.slice.call(document.querySelectorAll('.nav-group-toggle, .nav-menu-toggle'));

    function menuOf(toggle) {
        return document.getElementById(toggle.getAttribute('aria-controls'));
    }

    function setOpen(toggle, open) {
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        var menu = menuOf(toggle);
        if (!menu) { return; }
        if (toggle.classList.contains('nav-menu-toggle')) {
            // The whole header opens: the sections, who is signed in and Sign out.
            var header = toggle.closest('.console-header');
            if (header) { header.classList.toggle('menu-open', open); }
        } else {
            menu.hidden = !open;
        }
    }

    function closeGroups(except) {
        toggles.forEach(function (t) {
            if (t !== except && t.classList.contains('nav-group-toggle')) { setOpen(t, false); }
        });
    }

    toggles.forEach(function (toggle) {
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            if (toggle.classList.contains('nav-group-toggle')) { closeGroups(toggle); }
            setOpen(toggle, open);
        });
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') { return; }
        toggles.forEach(function (t) {
            if (t.getAttribute('aria-expanded') === 'true' && t.classList.contains('nav-group-toggle')) {
                setOpen(t, false);
                if (t.parentElement.contains(document.activeElement)) { t.focus(); }
            }
        });
    });

    document.addEventListener('click', function (event) {
        if (!event.target.closest || !event.target.closest('.nav-group')) { closeGroups(null); }
    });
}());
