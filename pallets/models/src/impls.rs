//! The logic behind each call, the deposit, the lookups other pallets use, and the invariants.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use sp_runtime::{traits::Saturating, Perbill};
use verity_primitives::{compare::RuleError, ComparisonRule, IoSpec, ModelHash, ModelId};

impl<T: Config> Pallet<T> {
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_register(
		owner: T::AccountId,
		hash: ModelHash,
		size: u64,
		uri: BoundedVec<u8, T::MaxUriLen>,
		io: IoSpec,
		rule: ComparisonRule,
		royalty_per_job: BalanceOf<T>,
		royalties: RoyaltiesOf<T>,
		kind: ModelKindOf<T>,
	) -> DispatchResult {
		ensure!(!ModelByHash::<T>::contains_key(hash), Error::<T>::DuplicateHash);
		ensure!(size > 0 && size <= T::MaxModelSize::get(), Error::<T>::BadSize);
		Self::check_uri(&uri)?;
		ensure!(io.is_well_formed(), Error::<T>::BadIoSpec);
		rule.check().map_err(|e| match e {
			RuleError::ZeroTolerance => Error::<T>::BadTolerance,
			RuleError::TooLoose => Error::<T>::ToleranceTooLoose,
		})?;
		Self::check_royalties(royalty_per_job, &royalties)?;
		match &kind {
			ModelKind::Function => {}
			ModelKind::Generator(spec) => Self::check_generator(&io, &rule, spec)?,
			ModelKind::Image(spec) => Self::check_image(&io, spec)?,
		}

		let model = NextModelId::<T>::get();
		let next = model.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = Self::deposit_for(&uri, &io, &kind);
		T::Currency::hold(&HoldReason::ModelDeposit.into(), &owner, deposit)?;

		NextModelId::<T>::put(next);
		ModelByHash::<T>::insert(hash, model);
		Models::<T>::insert(
			model,
			ModelInfo {
				owner: owner.clone(),
				hash,
				size,
				uri,
				io,
				rule,
				royalty_per_job,
				royalties,
				status: ModelStatus::Active,
				deposit,
				kind,
			},
		);
		Self::deposit_event(Event::ModelRegistered { model, owner, hash, deposit });
		Ok(())
	}

	pub(crate) fn do_set_uri(
		who: T::AccountId,
		model: ModelId,
		uri: BoundedVec<u8, T::MaxUriLen>,
	) -> DispatchResult {
		Models::<T>::try_mutate(model, |entry| {
			let entry = entry.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(entry.owner == who, Error::<T>::NotOwner);
			Self::check_uri(&uri)?;
			let deposit = Self::deposit_for(&uri, &entry.io, &entry.kind);
			Self::adjust_deposit(&who, entry.deposit, deposit)?;
			entry.uri = uri;
			entry.deposit = deposit;
			Self::deposit_event(Event::UriUpdated { model, deposit });
			if let ModelStatus::Suspended { deprecated } = entry.status {
				// The whole deposit is held again: the model takes jobs again.
				let status = if deprecated { ModelStatus::Deprecated } else { ModelStatus::Active };
				entry.status = status;
				Self::deposit_event(Event::StatusChanged { model, status });
			}
			Ok(())
		})
	}

	pub(crate) fn do_set_royalties(
		who: T::AccountId,
		model: ModelId,
		royalty_per_job: BalanceOf<T>,
		royalties: RoyaltiesOf<T>,
	) -> DispatchResult {
		Models::<T>::try_mutate(model, |entry| {
			let entry = entry.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(entry.owner == who, Error::<T>::NotOwner);
			Self::check_royalties(royalty_per_job, &royalties)?;
			entry.royalty_per_job = royalty_per_job;
			entry.royalties = royalties;
			Self::deposit_event(Event::RoyaltiesUpdated { model, royalty_per_job });
			Ok(())
		})
	}

	pub(crate) fn do_set_status(model: ModelId, status: ModelStatus) -> DispatchResult {
		Models::<T>::try_mutate(model, |entry| {
			let entry = entry.as_mut().ok_or(Error::<T>::UnknownModel)?;
			// Only a short deposit suspends a model, and only holding it again lifts that.
			ensure!(!matches!(status, ModelStatus::Suspended { .. }), Error::<T>::NotSettable);
			// A model whose deposit is short stays suspended: governance's choice takes effect
			// once the owner holds the deposit again.
			let short = entry.deposit < Self::deposit_for(&entry.uri, &entry.io, &entry.kind);
			let status = match status {
				ModelStatus::Active | ModelStatus::Deprecated if short => {
					ModelStatus::Suspended { deprecated: status == ModelStatus::Deprecated }
				}
				status => status,
			};
			ensure!(entry.status != status, Error::<T>::StatusUnchanged);
			entry.status = status;
			Self::deposit_event(Event::StatusChanged { model, status });
			Ok(())
		})
	}

	fn check_uri(uri: &[u8]) -> DispatchResult {
		let known = [&b"file://"[..], b"http://", b"https://"]
			.iter()
			.any(|scheme| uri.len() > scheme.len() && uri.starts_with(scheme));
		ensure!(known, Error::<T>::BadUri);
		Ok(())
	}

	fn check_royalties(royalty: BalanceOf<T>, royalties: &RoyaltiesOf<T>) -> DispatchResult {
		if royalties.is_empty() {
			ensure!(royalty.is_zero(), Error::<T>::NoBeneficiaries);
			return Ok(());
		}
		let mut total: u64 = 0;
		for (i, b) in royalties.iter().enumerate() {
			total = total.saturating_add(u64::from(b.share.deconstruct()));
			let mut later = royalties.iter().skip(i.saturating_add(1));
			ensure!(later.all(|o| o.account != b.account), Error::<T>::DuplicateBeneficiary);
		}
		ensure!(total == u64::from(Perbill::one().deconstruct()), Error::<T>::SharesNotWhole);
		Ok(())
	}

	/// A generator's entry: its I/O spec is the generation interface, its outputs (token ids)
	/// are compared `Exact`, and its limits and tokenizer are within bounds.
	fn check_generator(
		io: &IoSpec,
		rule: &ComparisonRule,
		spec: &GeneratorSpecOf<T>,
	) -> DispatchResult {
		use verity_primitives::generation::{
			is_generation_interface, MAX_LOGIT_MARGIN_PPM, MAX_NEW_TOKENS,
		};
		ensure!(is_generation_interface(io), Error::<T>::NotAGenerator);
		ensure!(*rule == ComparisonRule::Exact, Error::<T>::NotAGenerator);
		ensure!(
			(1..=MAX_NEW_TOKENS).contains(&spec.max_new_tokens)
				&& spec.max_context > spec.max_new_tokens
				&& spec.logit_margin_ppm <= MAX_LOGIT_MARGIN_PPM,
			Error::<T>::BadGenerationLimits
		);
		ensure!(
			spec.tokenizer.size > 0 && u64::from(spec.tokenizer.size) <= T::MaxModelSize::get(),
			Error::<T>::BadSize
		);
		Self::check_uri(&spec.tokenizer.uri)
	}

	/// An image model's entry: one input, Float32 [1 or any, 3, H, W] with H and W fixed, and
	/// means and standard deviations within bounds.
	fn check_image(io: &IoSpec, spec: &ImageSpec) -> DispatchResult {
		use verity_primitives::{Dim, ElementType};
		let image = match &io.inputs[..] {
			[input] => {
				input.elem == ElementType::Float32
					&& matches!(
						&input.shape[..],
						[Dim::Fixed(1) | Dim::Dynamic, Dim::Fixed(3), Dim::Fixed(h), Dim::Fixed(w)]
							if *h > 0 && *w > 0
					)
			}
			_ => false,
		};
		ensure!(image, Error::<T>::NotAnImageModel);
		ensure!(
			spec.mean_ppm.iter().all(|m| *m <= 1_000_000)
				&& spec.std_ppm.iter().all(|s| (1..=10_000_000).contains(s)),
			Error::<T>::BadPreprocessing
		);
		Ok(())
	}

	/// The deposit an entry with this URI, I/O spec and kind holds.
	pub fn deposit_for(uri: &[u8], io: &IoSpec, kind: &ModelKindOf<T>) -> BalanceOf<T> {
		let bytes = (uri.len() as u32)
			.saturating_add(io.encoded_size() as u32)
			.saturating_add(kind.deposit_bytes());
		T::DepositPerByte::get().saturating_mul(bytes.into()).saturating_add(T::DepositBase::get())
	}

	fn adjust_deposit(who: &T::AccountId, old: BalanceOf<T>, new: BalanceOf<T>) -> DispatchResult {
		let reason = HoldReason::ModelDeposit.into();
		if new > old {
			T::Currency::hold(&reason, who, new.saturating_sub(old))?;
		} else if old > new {
			T::Currency::release(&reason, who, old.saturating_sub(new), Precision::Exact)?;
		}
		Ok(())
	}

	/// Pays `amount` out of `model`'s deposit to `to`, for work its fault made useless (a model
	/// that cannot be fetched or loaded, or that breaks its declared outputs); returns what was
	/// paid, which is less only when the deposit ran out. A model whose deposit falls below
	/// what its entry requires is suspended: no new jobs until its owner holds the deposit
	/// again (`set_uri`, typically with a URI that works).
	pub fn charge_deposit(model: ModelId, to: &T::AccountId, amount: BalanceOf<T>) -> BalanceOf<T> {
		let Some(mut entry) = Models::<T>::get(model) else { return Zero::zero() };
		let wanted = amount.min(entry.deposit);
		let paid = if wanted.is_zero() {
			wanted
		} else {
			T::Currency::transfer_on_hold(
				&HoldReason::ModelDeposit.into(),
				&entry.owner,
				to,
				wanted,
				Precision::BestEffort,
				Restriction::Free,
				Fortitude::Force,
			)
			.unwrap_or_default()
		};
		entry.deposit = entry.deposit.saturating_sub(paid);
		if !paid.is_zero() {
			Self::deposit_event(Event::DepositCharged { model, to: to.clone(), amount: paid });
		}
		let required = Self::deposit_for(&entry.uri, &entry.io, &entry.kind);
		if entry.deposit < required && entry.accepts_jobs() {
			let status =
				ModelStatus::Suspended { deprecated: entry.status == ModelStatus::Deprecated };
			entry.status = status;
			log::info!(target: "runtime::models", "model {model}: suspended, its deposit no longer covers its entry");
			Self::deposit_event(Event::StatusChanged { model, status });
		}
		Models::<T>::insert(model, entry);
		paid
	}

	/// The deposit a model holds (zero for no model).
	pub fn deposit_of(model: ModelId) -> BalanceOf<T> {
		Models::<T>::get(model).map(|m| m.deposit).unwrap_or_default()
	}

	/// The entry of a model users may submit jobs for (not banned or suspended).
	pub fn job_model(model: ModelId) -> Option<ModelInfoOf<T>> {
		Models::<T>::get(model).filter(|m| m.accepts_jobs())
	}

	/// Checks the pallet's invariants:
	/// - every model's hash maps back to it, and no hash maps to a missing model;
	/// - every id is below `NextModelId`;
	/// - royalty shares of every model sum to 100% (or it charges no royalty);
	/// - each owner's `ModelDeposit` hold equals the sum of its models' deposits;
	/// - a model whose deposit is below what its entry requires takes no jobs.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		let next = NextModelId::<T>::get();
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, m) in Models::<T>::iter() {
			ensure!(id < next, "model id at or above NextModelId");
			ensure!(ModelByHash::<T>::get(m.hash) == Some(id), "hash index does not point back");
			ensure!(
				Self::check_royalties(m.royalty_per_job, &m.royalties).is_ok(),
				"royalty shares are not whole"
			);
			ensure!(
				m.deposit >= Self::deposit_for(&m.uri, &m.io, &m.kind) || !m.accepts_jobs(),
				"a model with less than its deposit takes jobs"
			);
			let h = held.entry(m.owner.clone()).or_default();
			*h = h.saturating_add(m.deposit);
		}
		for (_, id) in ModelByHash::<T>::iter() {
			ensure!(Models::<T>::contains_key(id), "hash index points to a missing model");
		}
		for (owner, deposit) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ModelDeposit.into(), &owner) == deposit,
				"an owner's deposit hold differs from its models' deposits"
			);
		}
		Ok(())
	}
}

impl<T: Config> verity_primitives::ModelsInspect for Pallet<T> {
	fn accepts_providers(model: ModelId) -> bool {
		Models::<T>::get(model).is_some_and(|m| m.status == ModelStatus::Active)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_model(seed: u32) -> ModelId {
		crate::benchmarking::registered::<T>(seed, T::MaxBeneficiaries::get())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn benchmark_model_with_beneficiaries(seed: u32, beneficiaries: u32) -> ModelId {
		crate::benchmarking::registered::<T>(seed, beneficiaries)
	}
}
