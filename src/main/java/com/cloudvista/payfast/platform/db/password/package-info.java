/**
 * The database password, read again for every new physical connection (so an RDS rotation delivered
 * into a mounted Secret file needs no restart). Self-contained on purpose: these classes are also
 * packaged as a jar beside the JDBC driver, whose classloader must load the pgjdbc plugin.
 */
package com.cloudvista.payfast.platform.db.password;
