/**
 * The review path on Flowable: submission, department review, finance grading, return and resubmission,
 * withdrawal, hand-over, the publication decision, task lists and the timeline of a table.
 */
package io.jixiao.review;
