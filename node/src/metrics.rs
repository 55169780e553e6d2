//! Inference metrics on the node's Prometheus endpoint (`--prometheus-port`, 9615 by default).
//!
//! The node's engine counts inferences, their latency, errors and the model cache; the
//! off-chain worker (in the runtime) reports the jobs it saw and the commits and reveals it
//! submitted through the `report` host function. Every series has the node's `chain` label.

use substrate_prometheus_endpoint::{
	register, Counter, CounterVec, Gauge, Histogram, HistogramOpts, Opts, PrometheusError,
	Registry, U64,
};
use verity_inference::{InferenceError, WorkerError, WorkerEvent};
use verity_primitives::FailureKind;

/// The node's inference metrics.
#[derive(Clone)]
pub struct InferenceMetrics {
	available: Gauge<U64>,
	jobs_seen: Counter<U64>,
	inferences: CounterVec<U64>,
	latency: Histogram,
	cache_hits: Counter<U64>,
	cache_misses: Counter<U64>,
	cache_bytes: Gauge<U64>,
	fetched_bytes: Counter<U64>,
	commits: Counter<U64>,
	reveals: Counter<U64>,
	errors: CounterVec<U64>,
	failures: CounterVec<U64>,
}

impl InferenceMetrics {
	/// Registers the metrics with the node's registry.
	pub fn register(registry: &Registry) -> Result<Self, PrometheusError> {
		let counter = |name: &str, help: &str| register(Counter::new(name, help)?, registry);
		let metrics = Self {
			available: register(
				Gauge::new(
					"verity_inference_available",
					"1 if ONNX Runtime loaded and this node can serve inference, 0 if not",
				)?,
				registry,
			)?,
			jobs_seen: counter(
				"verity_jobs_seen_total",
				"Jobs assigned to this node's provider keys, counted when the off-chain worker first sees each",
			)?,
			inferences: register(
				CounterVec::new(
					Opts::new("verity_inferences_total", "Inferences the engine ran, by result (ok, failed)"),
					&["result"],
				)?,
				registry,
			)?,
			latency: register(
				Histogram::with_opts(
					HistogramOpts::new(
						"verity_inference_duration_seconds",
						"Time of one inference in the worker process (model load on first use included)",
					)
					.buckets(vec![
						0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
						0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
					]),
				)?,
				registry,
			)?,
			cache_hits: counter(
				"verity_model_cache_hits_total",
				"Model lookups answered without a fetch (cache, --model-dir or already known)",
			)?,
			cache_misses: counter(
				"verity_model_cache_misses_total",
				"Model lookups that fetched the model by its URI",
			)?,
			cache_bytes: register(
				Gauge::new("verity_model_cache_bytes", "Bytes of the models in the model cache")?,
				registry,
			)?,
			fetched_bytes: counter(
				"verity_model_fetched_bytes_total",
				"Bytes of models fetched, verified and cached",
			)?,
			commits: counter(
				"verity_commits_submitted_total",
				"Commitments the off-chain worker put in the transaction pool",
			)?,
			reveals: counter(
				"verity_reveals_submitted_total",
				"Reveals the off-chain worker put in the transaction pool",
			)?,
			errors: register(
				CounterVec::new(
					Opts::new("verity_offchain_errors_total", "Errors of inference and of the off-chain worker, by kind"),
					&["kind"],
				)?,
				registry,
			)?,
			failures: register(
				CounterVec::new(
					Opts::new(
						"verity_job_failures_total",
						"Jobs whose outcome this node's providers commit as a failure, by kind (model_unavailable, model_invalid, output_invalid, inference_failed, timeout, output_too_large)",
					),
					&["kind"],
				)?,
				registry,
			)?,
		};
		// Every label value at 0 from the start: a series that appears only with its first
		// error has no earlier sample, so `increase()` (and the alerts of
		// docker/monitoring/alerts.yml) would miss that error.
		for result in ["ok", "failed"] {
			metrics.inferences.with_label_values(&[result]);
		}
		let errors = WorkerError::ALL.iter().map(WorkerError::label);
		for kind in errors.chain(InferenceError::ALL.iter().map(InferenceError::label)) {
			metrics.errors.with_label_values(&[kind]);
		}
		for kind in FAILURE_KINDS.iter().map(failure_label) {
			metrics.failures.with_label_values(&[kind]);
		}
		Ok(metrics)
	}

	/// Whether this node can serve inference.
	pub fn set_available(&self, available: bool) {
		self.available.set(u64::from(available));
	}

	/// A model lookup answered without a fetch.
	pub fn model_at_hand(&self) {
		self.cache_hits.inc();
	}

	/// A model fetched (`bytes` long); the cache holds `cache_bytes` now.
	pub fn model_fetched(&self, bytes: u64, cache_bytes: u64) {
		self.cache_misses.inc();
		self.fetched_bytes.inc_by(bytes);
		self.cache_bytes.set(cache_bytes);
	}

	/// What the model cache holds.
	pub fn set_cache_bytes(&self, bytes: u64) {
		self.cache_bytes.set(bytes);
	}

	/// One inference run in the worker process, and how long it took.
	pub fn inference(&self, ok: bool, seconds: f64) {
		self.inferences.with_label_values(&[if ok { "ok" } else { "failed" }]).inc();
		self.latency.observe(seconds);
	}

	/// An inference that failed, by kind.
	pub fn inference_error(&self, error: &InferenceError) {
		self.errors.with_label_values(&[error.label()]).inc();
	}

	/// What the off-chain worker reported.
	pub fn worker_event(&self, event: &WorkerEvent) {
		match event {
			WorkerEvent::JobSeen => self.jobs_seen.inc(),
			WorkerEvent::CommitsSubmitted(n) => self.commits.inc_by(u64::from(*n)),
			WorkerEvent::RevealsSubmitted(n) => self.reveals.inc_by(u64::from(*n)),
			WorkerEvent::Error(e) => self.errors.with_label_values(&[e.label()]).inc(),
			WorkerEvent::Failure(kind) => {
				self.failures.with_label_values(&[failure_label(kind)]).inc()
			}
		}
	}
}

/// Every kind of committed failure.
const FAILURE_KINDS: [FailureKind; 8] = [
	FailureKind::ModelUnavailable,
	FailureKind::ModelInvalid,
	FailureKind::OutputInvalid,
	FailureKind::InferenceFailed,
	FailureKind::Timeout,
	FailureKind::OutputTooLarge,
	FailureKind::InputUnavailable,
	FailureKind::InputInvalid,
];

/// The `kind` label of a committed failure.
fn failure_label(kind: &FailureKind) -> &'static str {
	match kind {
		FailureKind::ModelUnavailable => "model_unavailable",
		FailureKind::ModelInvalid => "model_invalid",
		FailureKind::OutputInvalid => "output_invalid",
		FailureKind::InferenceFailed => "inference_failed",
		FailureKind::Timeout => "timeout",
		FailureKind::OutputTooLarge => "output_too_large",
		FailureKind::InputUnavailable => "input_unavailable",
		FailureKind::InputInvalid => "input_invalid",
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn value(registry: &Registry, name: &str, label: Option<(&str, &str)>) -> f64 {
		let families = registry.gather();
		let Some(family) = families.iter().find(|f| f.get_name() == name) else {
			panic!("{name} is not registered")
		};
		use substrate_prometheus_endpoint::prometheus::proto::MetricType;
		let kind = family.get_field_type();
		family
			.get_metric()
			.iter()
			.find(|m| {
				label.is_none_or(|(k, v)| {
					m.get_label().iter().any(|l| l.get_name() == k && l.get_value() == v)
				})
			})
			.map(|m| {
				if kind == MetricType::HISTOGRAM {
					m.get_histogram().get_sample_count() as f64
				} else if kind == MetricType::GAUGE {
					m.get_gauge().get_value()
				} else {
					m.get_counter().get_value()
				}
			})
			.unwrap_or(0.0)
	}

	#[test]
	fn every_event_lands_in_its_metric() {
		let registry = Registry::new();
		let m = InferenceMetrics::register(&registry).unwrap();
		// Every kind is exported at 0 before anything happens (14 error kinds, one shared by
		// both lists: bad_request; 8 failure kinds; 2 results).
		let series = |name: &str| {
			registry
				.gather()
				.iter()
				.find(|f| f.get_name() == name)
				.map_or(0, |f| f.get_metric().len())
		};
		assert_eq!(series("verity_offchain_errors_total"), 13);
		assert_eq!(series("verity_job_failures_total"), 8);
		assert_eq!(series("verity_inferences_total"), 2);
		assert_eq!(value(&registry, "verity_inference_available", None), 0.0);
		m.set_available(true);
		assert_eq!(value(&registry, "verity_inference_available", None), 1.0);
		m.worker_event(&WorkerEvent::JobSeen);
		m.worker_event(&WorkerEvent::CommitsSubmitted(3));
		m.worker_event(&WorkerEvent::RevealsSubmitted(2));
		m.worker_event(&WorkerEvent::Error(WorkerError::PoolRefused));
		m.worker_event(&WorkerEvent::Failure(FailureKind::Timeout));
		m.inference_error(&InferenceError::ModelUnavailable);
		m.inference(true, 0.002);
		m.inference(false, 0.5);
		m.model_fetched(1000, 1000);
		m.model_at_hand();
		m.model_at_hand();

		assert_eq!(value(&registry, "verity_jobs_seen_total", None), 1.0);
		assert_eq!(value(&registry, "verity_commits_submitted_total", None), 3.0);
		assert_eq!(value(&registry, "verity_reveals_submitted_total", None), 2.0);
		let errors = |kind| value(&registry, "verity_offchain_errors_total", Some(("kind", kind)));
		assert_eq!(errors("pool_refused"), 1.0);
		assert_eq!(errors("model_unavailable"), 1.0);
		assert_eq!(errors("timeout"), 0.0);
		let failures = |kind| value(&registry, "verity_job_failures_total", Some(("kind", kind)));
		assert_eq!((failures("timeout"), failures("model_unavailable")), (1.0, 0.0));
		let runs = |r| value(&registry, "verity_inferences_total", Some(("result", r)));
		assert_eq!((runs("ok"), runs("failed")), (1.0, 1.0));
		assert_eq!(value(&registry, "verity_inference_duration_seconds", None), 2.0);
		assert_eq!(value(&registry, "verity_model_cache_hits_total", None), 2.0);
		assert_eq!(value(&registry, "verity_model_cache_misses_total", None), 1.0);
		assert_eq!(value(&registry, "verity_model_fetched_bytes_total", None), 1000.0);
		assert_eq!(value(&registry, "verity_model_cache_bytes", None), 1000.0);
	}
}
