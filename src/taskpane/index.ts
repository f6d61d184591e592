// Task pane entry point. A placeholder until the pane UI lands: it shows that Office.js is ready.
Office.onReady(() => {
  const app = document.getElementById("app");
  if (app == null) return;
  const title = document.createElement("h1");
  title.textContent = "Tháng hành động vì trẻ em";
  const status = document.createElement("p");
  status.textContent = "Bảng điều khiển đã sẵn sàng.";
  app.textContent = "";
  app.appendChild(title);
  app.appendChild(status);
  app.removeAttribute("aria-busy");
});
