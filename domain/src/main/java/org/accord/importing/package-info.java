/**
 * Initiatives and milestones imported from a spreadsheet (XLSX or CSV): read as values only, checked row by row
 * (a dry run that saves nothing), then saved all or nothing through the services the screens use.
 */
package org.accord.importing;
