package org.accord.portal.ui;

/**
 * Works around three accessibility faults of Vaadin's own components, in the browser, for the whole page (see
 * docs/accessibility.md):
 * <ul>
 *   <li>{@code vaadin-tabs} keeps a focusable scroller ({@code div tabindex="-1"}) between its {@code tablist}
 *   and the tabs, which breaks the tablist's required children; the scroller loses its tabindex;</li>
 *   <li>a required {@code vaadin-select} sets {@code aria-required} on its value button, which a button may not
 *   carry (vaadin/web-components#7337); the attribute is removed, the label still marks the field required;</li>
 *   <li>the connection indicator sits outside every landmark; as a status region it says when the connection is
 *   lost, and is a region of its own.</li>
 * </ul>
 * A mutation observer applies both to what the server adds later (dialogs, tabs drawn on navigation).
 */
final class ComponentAriaFixes {

    static final String SCRIPT = """
            if (!window.accordAriaFixes) {
              window.accordAriaFixes = true;
              const fixTabs = tabs => customElements.whenDefined('vaadin-tabs')
                  .then(() => tabs.updateComplete)
                  .then(() => {
                    const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"][tabindex]');
                    if (scroller) scroller.removeAttribute('tabindex');
                  });
              const fixSelect = button => button.removeAttribute('aria-required');
              const fixIndicator = indicator => indicator.setAttribute('role', 'status');
              const fixWithin = node => {
                if (!node.querySelectorAll) return;
                if (node.localName === 'vaadin-tabs') fixTabs(node);
                if (node.localName === 'vaadin-select-value-button') fixSelect(node);
                if (node.localName === 'vaadin-connection-indicator') fixIndicator(node);
                node.querySelectorAll('vaadin-tabs').forEach(fixTabs);
                node.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(fixSelect);
                node.querySelectorAll('vaadin-connection-indicator').forEach(fixIndicator);
              };
              new MutationObserver(records => records.forEach(record => {
                if (record.type === 'childList') {
                  record.addedNodes.forEach(fixWithin);
                } else if (record.target.localName === 'vaadin-select-value-button'
                    && record.target.hasAttribute('aria-required')) {
                  fixSelect(record.target);
                }
              })).observe(document.body, {subtree: true, childList: true, attributes: true,
                  attributeFilter: ['aria-required']});
              fixWithin(document.body);
            }
            """;

    private ComponentAriaFixes() {
    }
}
