// The lead list loads its next page as the reader nears the end; the "More leads" link still works without script.
(function () {
  var more = document.getElementById('more');
  var rows = document.getElementById('lead-rows');
  var status = document.getElementById('list-status');
  if (!more || !rows || !status || !('IntersectionObserver' in window)) {
    return;
  }
  var loading = false;
  var observer = new IntersectionObserver(function (seen) {
    if (!seen[0].isIntersecting || loading) {
      return;
    }
    loading = true;
    fetch(more.getAttribute('href'), { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('the next page answered ' + answer.status);
        }
        return answer.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var added = page.getElementById('lead-rows');
        if (added) {
          Array.prototype.slice.call(added.children).forEach(function (row) {
            rows.appendChild(document.importNode(row, true));
          });
        }
        var next = page.getElementById('more');
        if (next) {
          more.setAttribute('href', next.getAttribute('href'));
          loading = false;
          observer.unobserve(more); // observed afresh, it is reported at once when still in view
          observer.observe(more);
        } else {
          observer.disconnect();
          more.parentNode.removeChild(more);
        }
        status.textContent = rows.children.length + ' leads shown';
      })
      .catch(function () {
        observer.disconnect(); // the link is still there to follow by hand
      });
  }, { rootMargin: '400px' });
  observer.observe(more);
})();
