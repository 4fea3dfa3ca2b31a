/*
 * Keyboard shortcuts for the console, so an agent can work a case without the mouse:
 *   /  search          ?  this list           j / k  next / previous case in the list
 *   Enter  open the case of the list          n  next case (on a case page: the next of the list it came from)
 *   r  reply           i  internal note       a  assign to me
 *   g q  the queue     Escape  leave a field / close the list
 * Keys typed into a field are the field's, except Escape. The case list's order is remembered (in this tab)
 * when the queue or a search shows it, so "next case" follows the list the agent was working.
 */
(function () {
    var LIST_KEY = 'caredesk.caseList';
    var help = null;
    var lastFocus = null;
    var pendingG = false;

    function typing(target) {
        var tag = target && target.tagName;
        return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
    }

    function base() {
        return location.pathname.substring(0, location.pathname.indexOf('/', 1));
    }

    function caseLinks() {
        return Array.prototype.slice.call(document.querySelectorAll('a.case-link'));
    }

    function rememberList() {
        var numbers = caseLinks().map(function (a) { return a.textContent.trim(); });
        if (numbers.length > 0) {
            try { sessionStorage.setItem(LIST_KEY, JSON.stringify(numbers)); } catch (e) { /* private mode */ }
        }
    }

    function moveInList(step) {
        var links = caseLinks();
        if (links.length === 0) { return false; }
        var at = links.indexOf(document.activeElement);
        var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
        links[next].focus();
        var row = links[next].closest('tr');
        if (row && row.scrollIntoView) { row.scrollIntoView({block: 'nearest'}); }
        return true;
    }

    function nextCase() {
        var params = new URLSearchParams(location.search);
        var current = params.get('number');
        if (!current) { return moveInList(1); }
        var list = [];
        try { list = JSON.parse(sessionStorage.getItem(LIST_KEY) || '[]'); } catch (e) { list = []; }
        var at = list.indexOf(current);
        if (at >= 0 && at + 1 < list.length) {
            location.href = base() + '/case.xhtml?number=' + encodeURIComponent(list[at + 1]);
            return true;
        }
        location.href = base() + '/index.xhtml';
        return true;
    }

    function focusField(id) {
        var field = document.getElementById(id);
        if (!field) { return false; }
        field.focus();
        if (field.scrollIntoView) { field.scrollIntoView({block: 'center'}); }
        return true;
    }

    function click(id) {
        var button = document.getElementById(id);
        if (!button || button.disabled) { return false; }
        button.click();
        return true;
    }

    function toggleHelp() {
        help = help || document.getElementById('shortcutHelp');
        if (!help) { return false; }
        if (help.hidden) {
            lastFocus = document.activeElement;
            help.hidden = false;
            help.focus();
        } else {
            closeHelp();
        }
        return true;
    }

    function closeHelp() {
        if (help && !help.hidden) {
            help.hidden = true;
            if (lastFocus && lastFocus.focus) { lastFocus.focus(); }
            return true;
        }
        return false;
    }

    document.addEventListener('keydown', function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) { return; }
        if (event.key === 'Escape') {
            if (closeHelp()) { event.preventDefault(); return; }
            if (typing(event.target)) { event.target.blur(); }
            return;
        }
        if (typing(event.target)) { return; }
        var done = false;
        if (pendingG) {
            pendingG = false;
            if (event.key === 'q') { location.href = base() + '/index.xhtml'; done = true; }
        } else {
            switch (event.key) {
                case '/': done = focusField('caseSearchBox'); break;
                case '?': done = toggleHelp(); break;
                case 'j': done = moveInList(1); break;
                case 'k': done = moveInList(-1); break;
                case 'n': done = nextCase(); break;
                case 'r': done = focusField('replyForm:reply'); break;
                case 'i': done = focusField('noteForm:note'); break;
                case 'a': done = click('replyForm:claim'); break;
                case 'g': pendingG = true; done = true; break;
                default: break;
            }
        }
        if (done) { event.preventDefault(); }
    });

    document.addEventListener('DOMContentLoaded', rememberList);
    // The queue re-renders its rows after filters, sorting, paging and feed events.
    if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', rememberList); }
    rememberList();
})();
