// The REST API page: Swagger UI renders the server's own OpenAPI document (sign-in needed, as for every route).
window.addEventListener('load', () => {
  window.ui = window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null, // never ask validator.swagger.io: the page talks to this server only
    defaultModelsExpandDepth: 0,
    onComplete: () => document.body.setAttribute('data-ready', 'true'),
  });
});
