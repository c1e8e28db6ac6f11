// The one export of office-addin-manifest that office-addin-mock uses (see jest.config.js).
exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };
