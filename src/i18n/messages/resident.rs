//! Messages shown when the rest of the catalogue may not be there: a crash, and a page whose
//! language could not be fetched. Both languages of this section are in the first-load
//! module (`crate::i18n::texts`); keep it to what must show without them.

use super::super::catalogue::section;

section! {
    m("crash.message", "Something went wrong and this page stopped responding.", "Er ging iets mis en deze pagina reageert niet meer."),
    m("crash.reload", "Reload the page", "Pagina opnieuw laden"),
    m("load.failed", "This page could not be loaded completely. Check the connection and reload it.", "Deze pagina kon niet helemaal worden geladen. Controleer de verbinding en laad haar opnieuw."),
}
