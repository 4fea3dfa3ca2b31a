// Included only while a model is training: the progress bar polls until it is done.
window.addEventListener('load', function () { PF('trainingBar').start(); });
