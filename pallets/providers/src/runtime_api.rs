//! What clients ask the runtime about providers (`api.call.providersApi.*` in polkadot.js).

// decl_runtime_apis! repeats the generic bounds in its expansion.
#![allow(clippy::multiple_bound_locations)]

use codec::Codec;
use verity_primitives::ModelId;

sp_api::decl_runtime_apis! {
	/// Queries of the provider registry.
	pub trait ProvidersApi<AccountId: Codec, ProviderInfo: Codec> {
		/// The entry of a provider.
		fn provider(who: AccountId) -> Option<ProviderInfo>;
		/// The active providers of a model, the pool its jobs are assigned from.
		fn providers_of(model: ModelId) -> alloc::vec::Vec<AccountId>;
	}
}

impl<T: crate::Config> crate::Pallet<T> {
	/// The active providers of a model.
	pub fn providers_of(model: ModelId) -> alloc::vec::Vec<T::AccountId> {
		crate::ModelProviders::<T>::get(model).into_inner()
	}
}
