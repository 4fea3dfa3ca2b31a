// The case page reloads its view when the live feed reports a change to the case shown
// (a file, not an inline script: the pages' Content-Security-Policy runs only the application's own scripts).
window.onCaseEvent = function (event) {
    var root = document.getElementById('caseData');
    if (root && event.data && event.data.caseNumber === root.dataset.caseNumber) {
        window.caseChanged();
    }
};
