/*
 * Autocomplete for inputs with data-suggest-url: an ARIA 1.2 combobox with a listbox popup.
 * Typing asks the suggest API (debounced); Up/Down move through the suggestions, Enter picks one
 * and searches, Escape closes; a tap or click picks one too. Without script the form still works.
 */
(function () {
    'use strict';
    var DEBOUNCE_MS = 150;

    function attach(input) {
        var list = document.getElementById(input.getAttribute('aria-controls'));
        var form = input.form;
        var timer = null;
        var active = -1;
        var latest = 0;

        function options() {
            return list.querySelectorAll('[role="option"]');
        }

        function close() {
            list.hidden = true;
            list.innerHTML = '';
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function highlight(index) {
            var items = options();
            if (!items.length) {
                return;
            }
            active = (index + items.length) % items.length;
            items.forEach(function (item, i) {
                item.setAttribute('aria-selected', i === active ? 'true' : 'false');
            });
            input.setAttribute('aria-activedescendant', items[active].id);
        }

        function pick(text) {
            input.value = text;
            close();
            form.submit();
        }

        function show(suggestions) {
            list.innerHTML = '';
            active = -1;
            if (!suggestions.length) {
                close();
                return;
            }
            suggestions.forEach(function (text, i) {
                var item = document.createElement('li');
                item.id = list.id + '-' + i;
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.textContent = text;
                // mousedown, not click: it comes before the input's blur closes the list
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    pick(text);
                });
                list.appendChild(item);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
        }

        function language() {
            var select = form.querySelector('select[name="lang"]');
            var lang = select ? select.value : input.getAttribute('data-suggest-lang');
            return lang === 'all' ? '' : (lang || '');
        }

        function ask() {
            var text = input.value;
            if (!text.trim()) {
                close();
                return;
            }
            var ticket = ++latest;
            var url = input.getAttribute('data-suggest-url') + '?q=' + encodeURIComponent(text)
                + '&lang=' + encodeURIComponent(language());
            fetch(url, {headers: {'Accept': 'application/json'}})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (body) {
                    if (ticket === latest && document.activeElement === input) {
                        show(body.suggestions || []);
                    }
                })
                .catch(close);
        }

        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(ask, DEBOUNCE_MS);
        });
        input.addEventListener('keydown', function (event) {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                if (!list.hidden) {
                    event.preventDefault();
                    highlight(active + (event.key === 'ArrowDown' ? 1 : -1));
                }
            } else if (event.key === 'Enter' && active >= 0) {
                event.preventDefault();
                pick(options()[active].textContent);
            } else if (event.key === 'Escape') {
                close();
            }
        });
        input.addEventListener('blur', close);
    }

    function init() {
        document.querySelectorAll('input[data-suggest-url]').forEach(attach);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
