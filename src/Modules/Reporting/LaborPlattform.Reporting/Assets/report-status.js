// Keeps the state of queued and running reports up to date without reloading the page. Progressive enhancement only:
// without JavaScript the page shows the state it was loaded with and a link to refresh it.
(function () {
    "use strict";

    var numbers = new Intl.NumberFormat("de-DE");
    var dateTime = new Intl.DateTimeFormat("de-DE", {
        timeZone: "Europe/Berlin", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit"
    });

    function formatted(field, value) {
        if (value === null || value === undefined) {
            return "";
        }
        if (field === "pageCount" || field === "sizeBytes") {
            return numbers.format(value);
        }
        if (field === "generatedAt" || field === "dataAsOf") {
            return dateTime.format(new Date(value)) + " Uhr";
        }
        return String(value);
    }

    // A report running for an hour or more has lost its job: the page offers to retry it ("Stuck").
    // A done report whose archived file no longer matches its checksum is shown as damaged ("Damaged").
    function shownState(report) {
        if (report.archiveDamaged) {
            return "Damaged";
        }
        return report.state === "Running" && report.canRetry ? "Stuck" : report.state;
    }

    function show(container, report) {
        var state = shownState(report);
        container.setAttribute("data-state", state);
        container.querySelectorAll("[data-report-field]").forEach(function (element) {
            var field = element.getAttribute("data-report-field");
            element.textContent = formatted(field, report[field]);
        });
        container.querySelectorAll("[data-report-when]").forEach(function (element) {
            var states = element.getAttribute("data-report-when").split(" ");
            element.hidden = states.indexOf(state) < 0;
        });
        container.querySelectorAll("[data-report-download]").forEach(function (element) {
            if (report.downloadUrl) {
                element.setAttribute("href", report.downloadUrl);
            }
        });
    }

    function pending(state) {
        return state === "Queued" || state === "Running";
    }

    function poll(container, delay) {
        window.setTimeout(function () {
            fetch(container.getAttribute("data-report-status-url"), {
                headers: { "Accept": "application/json" },
                credentials: "same-origin"
            })
                .then(function (response) {
                    return response.ok ? response.json() : null;
                })
                .then(function (report) {
                    if (!report) {
                        return;
                    }
                    show(container, report);
                    if (pending(shownState(report))) {
                        poll(container, 1500);
                    }
                })
                .catch(function () {
                    poll(container, 5000);
                });
        }, delay);
    }

    document.querySelectorAll("[data-report-status-url]").forEach(function (container) {
        if (pending(container.getAttribute("data-state"))) {
            poll(container, 1000);
        }
    });
})();
