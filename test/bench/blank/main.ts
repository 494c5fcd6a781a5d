/**
 * The bench's floor for an extension page: one tiny module, no framework. The time from
 * navigation start to this mark is what the browser takes to open any extension page on this
 * machine (fetching the page and its module from the extension, starting a document), before a
 * line of Keel runs. The popup and the side panel are compared with it.
 */
document.getElementById('root')!.textContent = 'blank';
performance.mark('keel:blank-ready');
