/** Demo organizations, accounts and real seed tables for the embedded run (app.demo-data=true). */
package io.jixiao.demo;
