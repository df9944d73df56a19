//! Entry point of the wasm binary: everything happens in [`micromacro::start`].

fn main() {
    micromacro::start();
}
