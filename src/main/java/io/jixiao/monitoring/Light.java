package io.jixiao.monitoring;

/** The traffic light of an indicator or a report: on pace and on target, a target at risk, behind on budget. */
enum Light {
	GREEN, YELLOW, RED
}
