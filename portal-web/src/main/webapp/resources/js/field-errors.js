/*
 * After a full-page form post, an error shown beside a control further down the page (a refused
 * upload) is brought into view and given focus, so it is read where the person was working.
 */
(function () {
    var error = document.querySelector('.field-error[role="alert"]');
    if (!error) { return; }
    error.setAttribute('tabindex', '-1');
    error.scrollIntoView({block: 'center'});
    error.focus({preventScroll: true});
}());
