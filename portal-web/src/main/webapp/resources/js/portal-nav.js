/* The portal's menu button on phones: shows and hides the sections, keeping aria-expanded true to what is shown. */
(function () {
    var toggle = document.getElementById('portalMenuToggle');
    var nav = document.getElementById('mainNav');
    if (!toggle || !nav) { return; }
    toggle.addEventListener('click', function () {
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        nav.classList.toggle('open', open);
    });
}());

/* The language switch sends its form when a language is chosen (no inline handler: the page's script policy forbids them). */
(function () {
    var language = document.getElementById('languageForm:language');
    if (!language) { return; }
    language.addEventListener('change', function () {
        language.form.submit();
    });
}());
