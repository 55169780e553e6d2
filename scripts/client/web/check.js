// The chain's rule for a job's input (verity-primitives `check_against`): as many tensors as
// the model declares inputs, each of the declared element type and rank, every fixed
// dimension equal. Returns why an input is refused, or undefined when it fits.

/** `tensors` as `decodeTensors` gives them (undefined: not a tensor list); `specs` from metadata. */
export function checkAgainst(tensors, specs) {
	if (!tensors) return 'the bytes are not a canonical tensor list';
	if (tensors.length !== specs.length) return `${tensors.length} tensor(s) given, ${specs.length} declared`;
	for (const [i, t] of tensors.entries()) {
		const s = specs[i];
		if (t.elem !== s.elem.type) return `tensor ${i} is ${t.elem}, ${s.elem.type} declared`;
		if (t.shape.length !== s.shape.length) return `tensor ${i} has rank ${t.shape.length}, ${s.shape.length} declared`;
		for (const [d, want] of s.shape.entries()) {
			if (want.isFixed && Number(t.shape[d]) !== want.asFixed.toNumber()) {
				return `tensor ${i} is [${t.shape.join(', ')}]: dimension ${d} must be ${want.asFixed.toNumber()}`;
			}
		}
	}
	return undefined;
}
