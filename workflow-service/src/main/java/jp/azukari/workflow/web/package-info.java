/** What the web adapters of every feature share: If-Match versions and problem details. */
package jp.azukari.workflow.web;
