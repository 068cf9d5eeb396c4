// Progressive enhancement only: every page works without this script.
(function () {
    "use strict";
    // Move keyboard and screen-reader focus to the error summary after a refused form.
    var summary = document.getElementById("fehlerzusammenfassung");
    if (summary) {
        summary.focus();
    }
})();
