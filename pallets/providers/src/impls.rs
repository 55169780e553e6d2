//! The logic behind each call; the bond (every hold, release and slash of this pallet); what
//! pallet-jobs uses; and the invariants.

use crate::*;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Saturating, Perbill};
use verity_primitives::{ModelId, ModelsInspect};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register(
		who: T::AccountId,
		bond: BalanceOf<T>,
		price: BalanceOf<T>,
		models: BoundedVec<ModelId, T::MaxModelsPerProvider>,
	) -> DispatchResult {
		ensure!(!Providers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		ensure!(bond >= MinBond::<T>::get(), Error::<T>::BondTooLow);
		Self::check_models(&models, &[])?;
		Self::add_to_pools(&who, &models)?;
		T::Currency::hold(&HoldReason::ProviderBond.into(), &who, bond)?;
		Providers::<T>::insert(
			&who,
			ProviderInfo { bond, price, models, status: ProviderStatus::Active, jobs_in_flight: 0 },
		);
		Self::deposit_event(Event::Registered { who, bond, price });
		Ok(())
	}

	pub(crate) fn do_update(
		who: T::AccountId,
		price: BalanceOf<T>,
		models: Option<BoundedVec<ModelId, T::MaxModelsPerProvider>>,
	) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |p| {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			ensure!(!matches!(p.status, ProviderStatus::Unbonding { .. }), Error::<T>::IsUnbonding);
			if let Some(models) = models {
				Self::check_models(&models, &p.models)?;
				if p.status == ProviderStatus::Active {
					Self::remove_from_pools(&who, &p.models);
					Self::add_to_pools(&who, &models)?;
				}
				p.models = models;
			}
			p.price = price;
			Self::deposit_event(Event::Updated { who: who.clone(), price });
			Ok(())
		})
	}

	pub(crate) fn do_bond_extra(who: T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Providers::<T>::try_mutate(&who, |p| {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			ensure!(!matches!(p.status, ProviderStatus::Unbonding { .. }), Error::<T>::IsUnbonding);
			T::Currency::hold(&HoldReason::ProviderBond.into(), &who, amount)?;
			p.bond = p.bond.saturating_add(amount);
			if p.status == ProviderStatus::Underbonded && p.bond >= MinBond::<T>::get() {
				Self::add_to_pools(&who, &p.models)?;
				p.status = ProviderStatus::Active;
			}
			Self::deposit_event(Event::Bonded { who: who.clone(), amount, bond: p.bond });
			Ok(())
		})
	}

	pub(crate) fn do_unbond(who: T::AccountId) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |p| {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			ensure!(!matches!(p.status, ProviderStatus::Unbonding { .. }), Error::<T>::IsUnbonding);
			ensure!(p.jobs_in_flight == 0, Error::<T>::JobsInFlight);
			if p.status == ProviderStatus::Active {
				Self::remove_from_pools(&who, &p.models);
			}
			let unlock_at = frame_system::Pallet::<T>::block_number()
				.saturating_add(UnbondingDelay::<T>::get());
			p.status = ProviderStatus::Unbonding { unlock_at };
			Self::deposit_event(Event::Unbonding { who: who.clone(), unlock_at });
			Ok(())
		})
	}

	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let p = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
		let ProviderStatus::Unbonding { unlock_at } = p.status else {
			return Err(Error::<T>::NotUnbonding.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() >= unlock_at, Error::<T>::StillLocked);
		ensure!(p.jobs_in_flight == 0, Error::<T>::JobsInFlight);
		let amount = T::Currency::release(
			&HoldReason::ProviderBond.into(),
			&who,
			p.bond,
			Precision::BestEffort,
		)?;
		Providers::<T>::remove(&who);
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	pub(crate) fn do_suspend(who: T::AccountId) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |p| {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			match p.status {
				ProviderStatus::Suspended => return Err(Error::<T>::AlreadySuspended.into()),
				ProviderStatus::Unbonding { .. } => return Err(Error::<T>::IsUnbonding.into()),
				ProviderStatus::Active => Self::remove_from_pools(&who, &p.models),
				ProviderStatus::Underbonded => {}
			}
			p.status = ProviderStatus::Suspended;
			Self::deposit_event(Event::Suspended { who: who.clone() });
			Ok(())
		})
	}

	pub(crate) fn do_resume(who: T::AccountId) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |p| -> DispatchResult {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			ensure!(p.status == ProviderStatus::Suspended, Error::<T>::NotSuspended);
			if p.bond >= MinBond::<T>::get() {
				Self::add_to_pools(&who, &p.models)?;
				p.status = ProviderStatus::Active;
			} else {
				p.status = ProviderStatus::Underbonded;
			}
			Self::deposit_event(Event::Resumed { who: who.clone() });
			Ok(())
		})
	}

	/// Checks a new model list: not empty, no duplicates, every model newly added accepts
	/// providers (models already served may have been deprecated since).
	fn check_models(models: &[ModelId], already: &[ModelId]) -> DispatchResult {
		ensure!(!models.is_empty(), Error::<T>::NoModels);
		for (i, m) in models.iter().enumerate() {
			ensure!(!models.iter().take(i).any(|o| o == m), Error::<T>::DuplicateModel);
			ensure!(
				already.contains(m) || T::Models::accepts_providers(*m),
				Error::<T>::ModelNotServable
			);
		}
		Ok(())
	}

	fn add_to_pools(who: &T::AccountId, models: &[ModelId]) -> DispatchResult {
		for m in models {
			ModelProviders::<T>::try_mutate(m, |pool| {
				if !pool.contains(who) {
					pool.try_push(who.clone()).map_err(|_| Error::<T>::TooManyProviders)?;
				}
				Ok::<_, Error<T>>(())
			})?;
		}
		Ok(())
	}

	pub(crate) fn remove_from_pools(who: &T::AccountId, models: &[ModelId]) {
		for m in models {
			ModelProviders::<T>::mutate_exists(m, |pool| {
				if let Some(p) = pool {
					p.retain(|a| a != who);
					if p.is_empty() {
						*pool = None;
					}
				}
			});
		}
	}

	// ---- What pallet-jobs uses ----

	/// The active providers of `model` with their prices.
	pub fn assignable(model: ModelId) -> alloc::vec::Vec<(T::AccountId, BalanceOf<T>)> {
		ModelProviders::<T>::get(model)
			.into_iter()
			.filter_map(|who| Providers::<T>::get(&who).map(|p| (who, p.price)))
			.collect()
	}

	/// Records that a job was assigned to `who`.
	pub fn note_assigned(who: &T::AccountId) {
		Providers::<T>::mutate(who, |p| {
			if let Some(p) = p {
				p.jobs_in_flight = p.jobs_in_flight.saturating_add(1);
			}
		});
	}

	/// Records that a job assigned to `who` ended.
	pub fn note_released(who: &T::AccountId) {
		Providers::<T>::mutate(who, |p| {
			if let Some(p) = p {
				p.jobs_in_flight = p.jobs_in_flight.saturating_sub(1);
			}
		});
	}

	/// Moves `fraction` of `who`'s bond to `to` (the treasury) as free balance. A provider
	/// left below the minimum bond stops getting jobs until it bonds more. Returns the amount
	/// moved, which is less than asked only if the hold could not cover it.
	pub fn slash(who: &T::AccountId, fraction: Perbill, to: &T::AccountId) -> BalanceOf<T> {
		let Some(mut p) = Providers::<T>::get(who) else { return Zero::zero() };
		let wanted = fraction.mul_floor(p.bond);
		if wanted.is_zero() {
			return wanted;
		}
		// Moving the held funds to the treasury keeps total issuance unchanged.
		let moved = T::Currency::transfer_on_hold(
			&HoldReason::ProviderBond.into(),
			who,
			to,
			wanted,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)
		.unwrap_or_default();
		p.bond = p.bond.saturating_sub(moved);
		if p.status == ProviderStatus::Active && p.bond < MinBond::<T>::get() {
			Self::remove_from_pools(who, &p.models);
			p.status = ProviderStatus::Underbonded;
			Self::deposit_event(Event::Underbonded { who: who.clone(), bond: p.bond });
		}
		Providers::<T>::insert(who, p);
		if !moved.is_zero() {
			Self::deposit_event(Event::Slashed { who: who.clone(), amount: moved, to: to.clone() });
		}
		moved
	}

	/// When an unbonding provider may withdraw, if it is unbonding.
	pub fn unlock_at(who: &T::AccountId) -> Option<BlockNumberFor<T>> {
		match Providers::<T>::get(who)?.status {
			ProviderStatus::Unbonding { unlock_at } => Some(unlock_at),
			_ => None,
		}
	}

	/// Checks the pallet's invariants:
	/// - every provider's `ProviderBond` hold equals its recorded bond;
	/// - an account is in a model's pool iff it is an active provider serving that model;
	/// - active providers hold at least the minimum bond.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let min = MinBond::<T>::get();
		for (who, p) in Providers::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderBond.into(), &who) == p.bond,
				"a provider's bond hold differs from its recorded bond"
			);
			let active = p.status == ProviderStatus::Active;
			if active {
				ensure!(p.bond >= min, "an active provider is below the minimum bond");
			}
			for m in p.models.iter() {
				ensure!(
					ModelProviders::<T>::get(m).contains(&who) == active,
					"pool membership differs from provider status"
				);
			}
		}
		for (m, pool) in ModelProviders::<T>::iter() {
			ensure!(!pool.is_empty(), "an empty pool is stored");
			for who in pool.iter() {
				let p = Providers::<T>::get(who).ok_or("a pool lists a non-provider")?;
				ensure!(p.status == ProviderStatus::Active, "a pool lists an inactive provider");
				ensure!(p.models.contains(&m), "a pool lists a provider not serving the model");
			}
		}
		Ok(())
	}
}
