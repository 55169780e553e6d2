//! verity-node: the Verity chain's node.

fn main() {
	if let Err(e) = verity_node::command::run() {
		eprintln!("Error: {e}");
		std::process::exit(1);
	}
}
