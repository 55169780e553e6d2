//! An image file as an image model's input tensor, and a YOLO-style output as detections:
//! what `verity-node infer --image` does, the same way the JavaScript client's `imageTensor`
//! and `yoloDetections` do (scripts/client/verity.js).

use std::path::Path;
use verity_primitives::{ElementType, Tensor};

/// How an image is fitted into the model's input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Resize {
	/// Scaled to fit, centred, the rest grey (114): how YOLO models are trained.
	Letterbox,
	/// Scaled to the input's size in each direction.
	Stretch,
}

/// An image turned into a Float32 `[1, 3, height, width]` tensor (NCHW, RGB), and how its
/// pixels map to the tensor's: a tensor point (x, y) is ((x − pad_x) / scale, (y − pad_y) /
/// scale) in the image.
pub struct ImageInput {
	pub tensor: Tensor,
	pub scale: f64,
	pub pad_x: usize,
	pub pad_y: usize,
}

/// Reads a JPEG or PNG file and resizes it (bilinear, sampling pixel centres) into `width` ×
/// `height`, each channel mapped to `(value / 255 − mean[c]) / std[c]`.
pub fn image_tensor(
	path: &Path,
	width: usize,
	height: usize,
	resize: Resize,
	mean: [f64; 3],
	std: [f64; 3],
) -> Result<ImageInput, String> {
	if width == 0 || height == 0 || std.contains(&0.0) {
		return Err("the size must not be 0, nor any --std".into());
	}
	let img = image::ImageReader::open(path)
		.map_err(|e| format!("{}: {e}", path.display()))?
		.with_guessed_format()
		.map_err(|e| format!("{}: {e}", path.display()))?
		.decode()
		.map_err(|e| format!("{}: not a JPEG or PNG image: {e}", path.display()))?
		.to_rgb8();
	let (iw, ih) = (img.width() as usize, img.height() as usize);
	let (sx, sy) = (width as f64 / iw as f64, height as f64 / ih as f64);
	let (scale_x, scale_y) = match resize {
		Resize::Stretch => (sx, sy),
		Resize::Letterbox => (sx.min(sy), sx.min(sy)),
	};
	let w = ((iw as f64 * scale_x).round() as usize).min(width);
	let h = ((ih as f64 * scale_y).round() as usize).min(height);
	let (pad_x, pad_y) = ((width - w) / 2, (height - h) / 2);
	let plane = width * height;
	let mut out = vec![0f32; 3 * plane];
	let px = |x: usize, y: usize, c: usize| f64::from(img.get_pixel(x as u32, y as u32)[c]);
	for y in 0..height {
		for x in 0..width {
			let mut rgb = [114.0f64; 3];
			if x >= pad_x && x < pad_x + w && y >= pad_y && y < pad_y + h {
				let (u, v) = ((x - pad_x) as f64, (y - pad_y) as f64);
				let fx = ((u + 0.5) / scale_x - 0.5).clamp(0.0, (iw - 1) as f64);
				let fy = ((v + 0.5) / scale_y - 0.5).clamp(0.0, (ih - 1) as f64);
				let (x0, y0) = (fx.floor() as usize, fy.floor() as usize);
				let (x1, y1) = ((x0 + 1).min(iw - 1), (y0 + 1).min(ih - 1));
				let (ax, ay) = (fx - x0 as f64, fy - y0 as f64);
				for (c, value) in rgb.iter_mut().enumerate() {
					*value = (1.0 - ay) * ((1.0 - ax) * px(x0, y0, c) + ax * px(x1, y0, c))
						+ ay * ((1.0 - ax) * px(x0, y1, c) + ax * px(x1, y1, c));
				}
			}
			for c in 0..3 {
				out[c * plane + y * width + x] = ((rgb[c] / 255.0 - mean[c]) / std[c]) as f32;
			}
		}
	}
	Ok(ImageInput {
		tensor: Tensor {
			elem: ElementType::Float32,
			shape: vec![1, 3, height as u64, width as u64],
			data: out.iter().flat_map(|v| v.to_le_bytes()).collect(),
		},
		scale: scale_x,
		pad_x,
		pad_y,
	})
}

/// One detection: the anchor, the class, its score and the box (x1, y1, x2, y2) in the
/// tensor's pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
	pub anchor: usize,
	pub class: usize,
	pub score: f32,
	pub bbox: [f32; 4],
}

/// Detections of a YOLOv8-style output `[1, 4 + classes, anchors]` (rows: box centre x, y,
/// width, height, then each class's score): anchors whose best class scores at least
/// `threshold`, best first, without a box overlapping a better one of its class by more than
/// `iou`. `None` when the tensor is not of that shape.
pub fn yolo_detections(t: &Tensor, threshold: f32, iou: f32) -> Option<Vec<Detection>> {
	let [1, rows, n] = t.shape[..] else { return None };
	let (rows, n) = (rows as usize, n as usize);
	if t.elem != ElementType::Float32 || rows < 5 || rows >= 100 || n <= rows {
		return None;
	}
	let v: Vec<f32> =
		t.data.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
	let at = |r: usize, a: usize| v.get(r * n + a).copied().unwrap_or(f32::NAN);
	let mut found = Vec::new();
	for a in 0..n {
		let mut class = 0;
		for c in 1..rows - 4 {
			if at(4 + c, a) > at(4 + class, a) {
				class = c;
			}
		}
		let score = at(4 + class, a);
		if score.is_nan() || score < threshold {
			continue;
		}
		let (x, y, w, h) = (at(0, a), at(1, a), at(2, a), at(3, a));
		found.push(Detection {
			anchor: a,
			class,
			score,
			bbox: [x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0],
		});
	}
	found.sort_by(|p, q| q.score.total_cmp(&p.score).then(p.anchor.cmp(&q.anchor)));
	let overlap = |p: &[f32; 4], q: &[f32; 4]| {
		let w = (p[2].min(q[2]) - p[0].max(q[0])).max(0.0);
		let h = (p[3].min(q[3]) - p[1].max(q[1])).max(0.0);
		let area = |b: &[f32; 4]| (b[2] - b[0]) * (b[3] - b[1]);
		let union = area(p) + area(q) - w * h;
		if union > 0.0 {
			w * h / union
		} else {
			0.0
		}
	};
	let mut kept: Vec<Detection> = Vec::new();
	for d in found {
		if kept.len() == 100 {
			break;
		}
		if !kept.iter().any(|k| k.class == d.class && overlap(&k.bbox, &d.bbox) > iou) {
			kept.push(d);
		}
	}
	Some(kept)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn yolo(rows: Vec<Vec<f32>>) -> Tensor {
		let n = rows[0].len();
		Tensor {
			elem: ElementType::Float32,
			shape: vec![1, rows.len() as u64, n as u64],
			data: rows.iter().flatten().flat_map(|v| v.to_le_bytes()).collect(),
		}
	}

	#[test]
	fn overlapping_boxes_of_a_class_keep_the_best() {
		// 8 anchors, 2 classes: anchors 0 and 1 overlap (class 0), anchor 2 is class 1.
		let mut rows = vec![vec![0.0f32; 8]; 6];
		for (a, (x, y, w, h, c0, c1)) in [
			(10.0, 10.0, 10.0, 10.0, 0.9, 0.0),
			(11.0, 10.0, 10.0, 10.0, 0.8, 0.0),
			(50.0, 50.0, 10.0, 10.0, 0.1, 0.7),
		]
		.into_iter()
		.enumerate()
		{
			for (r, v) in [x, y, w, h, c0, c1].into_iter().enumerate() {
				rows[r][a] = v;
			}
		}
		let found = yolo_detections(&yolo(rows), 0.25, 0.45).unwrap();
		let got: Vec<(usize, usize)> = found.iter().map(|d| (d.anchor, d.class)).collect();
		assert_eq!(got, vec![(0, 0), (2, 1)]);
		assert_eq!(found[0].bbox, [5.0, 5.0, 15.0, 15.0]);
		// Not a YOLO output.
		let other = Tensor { elem: ElementType::Float32, shape: vec![1, 10], data: vec![0; 40] };
		assert!(yolo_detections(&other, 0.25, 0.45).is_none());
	}
}
