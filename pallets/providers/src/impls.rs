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
use sp_runtime::traits::Saturating;
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
		Self::join_pools(&who, &models, bond, price)?;
		T::Currency::hold(&HoldReason::ProviderBond.into(), &who, bond)?;
		Providers::<T>::insert(
			&who,
			ProviderInfo { bond, price, models, status: ProviderStatus::Active },
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
			p.price = price;
			if let Some(models) = models {
				Self::check_models(&models, &p.models)?;
				if p.status == ProviderStatus::Active {
					Self::remove_from_pools(&who, &p.models);
					Self::join_pools(&who, &models, p.bond, price)?;
				}
				p.models = models;
			} else {
				Self::sync_pools(&who, p);
			}
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
				Self::rejoin_pools(&who, p);
				p.status = ProviderStatus::Active;
			} else {
				Self::sync_pools(&who, p);
			}
			Self::deposit_event(Event::Bonded { who: who.clone(), amount, bond: p.bond });
			Ok(())
		})
	}

	pub(crate) fn do_unbond(who: T::AccountId) -> DispatchResult {
		Providers::<T>::try_mutate(&who, |p| {
			let p = p.as_mut().ok_or(Error::<T>::NotProvider)?;
			ensure!(!matches!(p.status, ProviderStatus::Unbonding { .. }), Error::<T>::IsUnbonding);
			if p.status == ProviderStatus::Active {
				Self::remove_from_pools(&who, &p.models);
			}
			// Drawn no more from here on; its bond stays for the jobs it holds seats on.
			let unlock_at = frame_system::Pallet::<T>::block_number()
				.saturating_add(UnbondingDelay::<T>::get().max(T::WorkWindow::get()));
			p.status = ProviderStatus::Unbonding { unlock_at };
			Self::deposit_event(Event::Unbonding { who: who.clone(), unlock_at });
			Ok(())
		})
	}

	pub(crate) fn do_set_encryption_key(
		who: T::AccountId,
		key: [u8; 32],
		rotation: u32,
	) -> DispatchResultWithPostInfo {
		ensure!(Providers::<T>::contains_key(&who), Error::<T>::NotProvider);
		let registered = EncryptionKeys::<T>::get(&who);
		let next = match registered {
			None => Some(0),
			Some(k) => k.rotation.checked_add(1),
		};
		ensure!(next == Some(rotation), Error::<T>::WrongRotation);
		ensure!(registered.is_none_or(|k| k.key != key), Error::<T>::SameEncryptionKey);
		ensure!(verity_primitives::privacy::is_usable_key(&key), Error::<T>::WeakEncryptionKey);
		EncryptionKeys::<T>::insert(&who, EncryptionKey { key, rotation });
		Self::deposit_event(Event::EncryptionKeySet { who, key, rotation });
		let pays = if registered.is_none() { Pays::No } else { Pays::Yes };
		Ok(pays.into())
	}

	pub(crate) fn do_withdraw(who: T::AccountId) -> DispatchResult {
		let p = Providers::<T>::get(&who).ok_or(Error::<T>::NotProvider)?;
		let ProviderStatus::Unbonding { unlock_at } = p.status else {
			return Err(Error::<T>::NotUnbonding.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() >= unlock_at, Error::<T>::StillLocked);
		let amount = T::Currency::release(
			&HoldReason::ProviderBond.into(),
			&who,
			p.bond,
			Precision::BestEffort,
		)?;
		Providers::<T>::remove(&who);
		EncryptionKeys::<T>::remove(&who);
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
				Self::rejoin_pools(&who, p);
				p.status = ProviderStatus::Active;
			} else {
				p.status = ProviderStatus::Underbonded;
			}
			Self::deposit_event(Event::Resumed { who: who.clone() });
			Ok(())
		})
	}

	/// Checks bond parameters against their bounds.
	pub fn check_params(
		min_bond: BalanceOf<T>,
		unbonding_delay: BlockNumberFor<T>,
	) -> Result<(), Error<T>> {
		ensure!(
			min_bond >= T::MinBondFloor::get() && min_bond <= T::MaxMinBond::get(),
			Error::<T>::MinBondOutOfBounds
		);
		ensure!(unbonding_delay <= T::MaxUnbondingDelay::get(), Error::<T>::UnbondingDelayTooLong);
		Ok(())
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

	// ---- The pools ----

	/// Puts `who` with `stake` and `price` in the pool of each of `models`. In a full pool the
	/// lowest stake (the first of equals) is evicted if `stake` is higher; otherwise
	/// `TooManyProviders`.
	fn join_pools(
		who: &T::AccountId,
		models: &[ModelId],
		stake: BalanceOf<T>,
		price: BalanceOf<T>,
	) -> DispatchResult {
		for m in models {
			Self::join_pool(who, *m, stake, price)?;
		}
		Ok(())
	}

	/// Puts a provider coming back (bonded again or resumed) in the pools of its models; a
	/// full pool it cannot enter is dropped from its models (`PoolFull`) rather than keeping
	/// it out of all of them.
	fn rejoin_pools(who: &T::AccountId, p: &mut ProviderInfoOf<T>) {
		let (stake, price) = (p.bond, p.price);
		p.models.retain(|m| {
			if Self::join_pool(who, *m, stake, price).is_ok() {
				return true;
			}
			log::info!(target: "runtime::providers", "model {m}: its pool is full of higher stakes; a returning provider no longer serves it");
			Self::deposit_event(Event::PoolFull { who: who.clone(), model: *m });
			false
		});
	}

	fn join_pool(
		who: &T::AccountId,
		m: ModelId,
		stake: BalanceOf<T>,
		price: BalanceOf<T>,
	) -> DispatchResult {
		ModelProviders::<T>::try_mutate(m, |pool| -> DispatchResult {
			if let Some(e) = pool.iter_mut().find(|e| &e.provider == who) {
				e.stake = stake;
				e.price = price;
				return Ok(());
			}
			let entry = PoolEntry { provider: who.clone(), stake, price };
			if pool.len() < T::MaxProvidersPerModel::get() as usize {
				return pool.try_push(entry).map_err(|_| Error::<T>::TooManyProviders.into());
			}
			let lowest =
				pool.iter().enumerate().min_by_key(|(_, e)| e.stake).map(|(i, e)| (i, e.stake));
			let Some((at, lowest)) = lowest else {
				return Err(Error::<T>::TooManyProviders.into());
			};
			ensure!(stake > lowest, Error::<T>::TooManyProviders);
			let evicted = pool.remove(at);
			pool.try_push(entry).map_err(|_| Error::<T>::TooManyProviders)?;
			Providers::<T>::mutate(&evicted.provider, |p| {
				if let Some(p) = p {
					p.models.retain(|x| *x != m);
				}
			});
			log::info!(target: "runtime::providers", "model {m}: a provider was evicted from its full pool by a higher stake");
			Self::deposit_event(Event::Evicted {
				who: evicted.provider,
				model: m,
				by: who.clone(),
			});
			Ok(())
		})
	}

	pub(crate) fn remove_from_pools(who: &T::AccountId, models: &[ModelId]) {
		for m in models {
			ModelProviders::<T>::mutate_exists(m, |pool| {
				if let Some(p) = pool {
					p.retain(|e| &e.provider != who);
					if p.is_empty() {
						*pool = None;
					}
				}
			});
		}
	}

	/// Brings an active provider's pool entries up to date with its bond and price.
	fn sync_pools(who: &T::AccountId, p: &ProviderInfoOf<T>) {
		if p.status != ProviderStatus::Active {
			return;
		}
		for m in p.models.iter() {
			ModelProviders::<T>::mutate(m, |pool| {
				if let Some(e) = pool.iter_mut().find(|e| &e.provider == who) {
					e.stake = p.bond;
					e.price = p.price;
				}
			});
		}
	}

	// ---- What pallet-jobs uses ----

	/// The pool of `model`: its active providers with their stakes and prices.
	pub fn pool(model: ModelId) -> BoundedVec<PoolEntryOf<T>, T::MaxProvidersPerModel> {
		ModelProviders::<T>::get(model)
	}

	/// The least bond an active provider holds.
	pub fn min_bond() -> BalanceOf<T> {
		MinBond::<T>::get()
	}

	/// Moves `amount` of `who`'s bond (all of it, if it holds less) to `to` (the treasury) as
	/// free balance. A provider left below the minimum bond stops getting jobs until it bonds
	/// more. Returns the amount moved.
	pub fn slash(who: &T::AccountId, amount: BalanceOf<T>, to: &T::AccountId) -> BalanceOf<T> {
		let Some(mut p) = Providers::<T>::get(who) else { return Zero::zero() };
		let wanted = amount.min(p.bond);
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
		} else {
			Self::sync_pools(who, &p);
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
	/// - an account is in a model's pool iff it is an active provider serving that model, once,
	///   with its bond as its stake and its price;
	/// - the bond parameters are within their bounds.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::fungible::InspectHold;
		let min = MinBond::<T>::get();
		ensure!(
			Self::check_params(min, UnbondingDelay::<T>::get()).is_ok(),
			"bond parameters out of bounds"
		);
		for (who, p) in Providers::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderBond.into(), &who) == p.bond,
				"a provider's bond hold differs from its recorded bond"
			);
			// An active provider may be below a minimum raised since it bonded: it is not
			// drawn for jobs, and leaves its pools at its next slash.
			let active = p.status == ProviderStatus::Active;
			for m in p.models.iter() {
				let pool = ModelProviders::<T>::get(m);
				let mine: alloc::vec::Vec<_> = pool.iter().filter(|e| e.provider == who).collect();
				ensure!(
					mine.len() == usize::from(active),
					"pool membership differs from provider status"
				);
				if let Some(e) = mine.first() {
					ensure!(
						e.stake == p.bond && e.price == p.price,
						"a pool entry's stake or price differs from the provider's"
					);
				}
			}
		}
		for (who, k) in EncryptionKeys::<T>::iter() {
			ensure!(Providers::<T>::contains_key(&who), "an encryption key of no provider");
			ensure!(
				verity_primitives::privacy::is_usable_key(&k.key),
				"an encryption key of small order"
			);
		}
		for (m, pool) in ModelProviders::<T>::iter() {
			ensure!(!pool.is_empty(), "an empty pool is stored");
			for e in pool.iter() {
				let p = Providers::<T>::get(&e.provider).ok_or("a pool lists a non-provider")?;
				ensure!(p.status == ProviderStatus::Active, "a pool lists an inactive provider");
				ensure!(p.models.contains(&m), "a pool lists a provider not serving the model");
			}
		}
		Ok(())
	}
}
